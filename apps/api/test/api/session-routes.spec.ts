import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * Only the routes that act for a signed-in person (GraphQL, uploads) look the session up: files,
 * pages, media, health and webhooks never cost a session query, whatever cookie they carry.
 */
describe('session routes', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const sessionStatements = () => env.queries.filter((sql) => /FROM "?session"?/i.test(sql));

  it('skips the lookup outside the session routes', async () => {
    const cookie = env.as.consumer.sessionCookie!;
    env.queries.length = 0;
    await fetch(`${env.baseUrl}/health`, { headers: { cookie } });
    await fetch(`${env.baseUrl}/media/products/nothing.png`, { headers: { cookie } });
    await fetch(`${env.baseUrl}/payments/stripe/webhook`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(sessionStatements()).toEqual([]);
  });

  it('looks it up for GraphQL and uploads', async () => {
    const cookie = env.as.consumer.sessionCookie!;
    env.queries.length = 0;
    const me = await fetch(`${env.baseUrl}/graphql`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { email } }' }) });
    expect(((await me.json()) as { data: { me: { email: string } } }).data.me.email).toBe('ana@riders.example');
    expect(sessionStatements().length).toBeGreaterThan(0);

    env.queries.length = 0;
    const upload = await fetch(`${env.baseUrl}/catalog/products/00000000-0000-4000-8000-000000000000/images`, { method: 'POST', headers: { cookie, 'x-flagship-upload': '1' } });
    // Known as a consumer (403), not taken for a visitor (401).
    expect(upload.status).toBe(403);
    expect(sessionStatements().length).toBeGreaterThan(0);
  });
});
