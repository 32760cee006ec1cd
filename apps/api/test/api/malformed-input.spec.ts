import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const NUL = 'ridge\u0000line';
// The smallest valid PNG: 1x1 transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/**
 * What a security review sent the running platform: text with a NUL character, made-up cursors,
 * broken and oversized documents. Each is the client's mistake and is answered as one (a GraphQL
 * error with BAD_USER_INPUT naming the field, or HTTP 400), never as an internal error.
 */
describe('malformed input', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({ production: true });
  });
  afterAll(() => env.close());

  describe('a NUL character in any text', () => {
    it.each([
      ['search (a variable, inside an input object)', 'visitor', `query($s: String) { products(filter: { search: $s }) { nodes { id } } }`, { s: NUL }, 'filter.search'],
      ['a category slug filter', 'visitor', `query($s: String) { products(filter: { categorySlug: $s }) { nodes { id } } }`, { s: NUL }, 'filter.categorySlug'],
      ['a slug (a plain argument)', 'visitor', `query($s: String!) { product(slug: $s) { id } }`, { s: NUL }, 'slug'],
      ['a slug written into the document', 'visitor', `{ product(slug: "ridge\\u0000line") { id } }`, {}, 'slug'],
      ['a display name', 'visitor', `mutation($i: SignUpInput!) { signUp(input: $i) { account { id } } }`, { i: { email: 'nul@riders.example', password: 'correct-horse-battery-staple', displayName: NUL } }, 'displayName'],
      ['an email when logging in', 'visitor', `mutation($i: LogInInput!) { logIn(input: $i) { account { id } } }`, { i: { email: NUL, password: 'whatever-it-is' } }, 'email'],
      ['a product name', 'manager', `mutation($n: String!) { updateProduct(id: "00000000-0000-4000-8000-000000000000", input: { name: $n }) { id } }`, { n: NUL }, 'name'],
      ['a review', 'consumer', `mutation($i: PostReviewInput!) { postReview(input: $i) { id } }`, { i: { productId: '00000000-0000-4000-8000-000000000000', rating: 5, body: NUL } }, 'body'],
    ] as const)('is BAD_USER_INPUT naming the field: %s', async (_case, who, query, variables, field) => {
      const client = who === 'visitor' ? env.visitor() : env.as[who];
      const result = await client.request(query, variables);
      expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field, message: 'Text may not contain the NUL character (\\u0000)' });
    });

    it('refuses it before anything is written', async () => {
      const accounts = await env.count('account');
      await env.visitor().request(`mutation($i: SignUpInput!) { signUp(input: $i) { account { id } } }`, {
        i: { email: 'nul.name@riders.example', password: 'correct-horse-battery-staple', displayName: NUL },
      });
      expect(await env.count('account')).toBe(accounts);
    });
  });

  describe('a NUL character on HTTP routes', () => {
    it('is 400 BAD_USER_INPUT on a photo’s description (a multipart field), storing nothing', async () => {
      const [{ id: productId }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-multitool'`);
      const images = await env.count('product_image');
      const form = new FormData();
      form.set('alt', NUL);
      form.set('file', new Blob([PNG]), 'photo.png');
      const response = await fetch(`${env.baseUrl}/catalog/products/${productId}/images`, {
        method: 'POST',
        body: form,
        headers: { 'x-flagship-upload': '1', cookie: env.as.manager.sessionCookie! },
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'BAD_USER_INPUT', field: 'alt', message: 'Text may not contain the NUL character (\\u0000)' } });
      expect(await env.count('product_image')).toBe(images);
    });

    it('is 400 BAD_USER_INPUT in a media path', async () => {
      const response = await fetch(`${env.baseUrl}/media/products/x%00.png`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    });
  });

  describe('a cursor the API did not make', () => {
    it.each([
      ['products: not base64 JSON', `{ products(after: "%%%") { nodes { id } } }`, 'visitor'],
      ['products: a sort name with a NUL character', `{ products(after: "${cursorOf(['NEW\u0000EST', '00000000-0000-4000-8000-000000000000'])}") { nodes { id } } }`, 'visitor'],
      ['products: an id that is not a UUID', `{ products(after: "${cursorOf(['NEWEST', 'x'])}") { nodes { id } } }`, 'visitor'],
      ['reviews: an id that is not a UUID', `{ products(first: 1) { nodes { reviews(after: "${cursorOf(['x'])}") { nodes { id } } } } }`, 'visitor'],
      ['my orders: a number where an id belongs', `{ myOrders(after: "${cursorOf([42])}") { nodes { id } } }`, 'consumer'],
      ['all orders: a list of the wrong length', `{ manageOrders(after: "${cursorOf(['00000000-0000-4000-8000-000000000000', 1])}") { nodes { id } } }`, 'manager'],
    ] as const)('is BAD_USER_INPUT on after: %s', async (_case, query, who) => {
      const client = who === 'visitor' ? env.visitor() : env.as[who];
      const result = await client.request(query);
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('still pages with the cursors the API hands out', async () => {
      const first = await env.visitor().data<{ products: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>(`{ products(first: 2) { nodes { id } pageInfo { endCursor } } }`);
      const next = await env.visitor().data<{ products: { nodes: { id: string }[] } }>(`query($after: String) { products(first: 2, after: $after) { nodes { id } } }`, {
        after: first.products.pageInfo.endCursor,
      });
      expect(next.products.nodes).toHaveLength(2);
      expect(next.products.nodes.map((p) => p.id)).not.toContain(first.products.nodes[1].id);
    });
  });

  describe('documents', () => {
    const post = async (query: string) => {
      const response = await fetch(`${env.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
    };
    const names = (count: number) => Array.from({ length: count }, () => 'name').join(' ');
    /**
     * A valid document of exactly `tokens` tokens: `{ brand { name … } categories { name … } }` is 8
     * tokens plus the names (split over two fields, so graphql-js's overlapping-fields check stays
     * within its budget).
     */
    const ofTokens = (tokens: number) => `{ brand { ${names(500)} } categories { ${names(tokens - 508)} } }`;

    it('answers a syntax error with HTTP 400 and GRAPHQL_PARSE_FAILED', async () => {
      const { status, body } = await post('{ brand { name ');
      expect(status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    });

    it('answers a document over the token limit with HTTP 400, naming the limit', async () => {
      const { status, body } = await post(ofTokens(1001));
      expect(status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error: Document contains more tha[nt] 1000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    });

    it('answers a document of exactly 1000 tokens', async () => {
      const { status, body } = await post(ofTokens(1000));
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
    });
  });
});
