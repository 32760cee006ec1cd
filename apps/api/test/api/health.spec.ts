import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('GET /health', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('reports the database as up', async () => {
    const response = await fetch(`${env.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('answers 503 when the database is unreachable', async () => {
    await env.dataSource.destroy();
    const response = await fetch(`${env.baseUrl}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    await env.dataSource.initialize();
  });
});
