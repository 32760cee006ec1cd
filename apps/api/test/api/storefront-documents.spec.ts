import { readFileSync } from 'node:fs';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/** Every GraphQL document the storefront sends, as codegen wrote it (fragments appended), by operation name. */
function storefrontDocuments(): [string, string][] {
  const generated = readFileSync(new URL('../../../storefront/src/gql/graphql.ts', import.meta.url), 'utf8');
  const documents = [...generated.matchAll(/new TypedDocumentString\(`([\s\S]*?)`\)/g)].map((match) => match[1]);
  return documents.filter((text) => /^\s*(query|mutation)\b/.test(text)).map((text) => [/^\s*(?:query|mutation)\s+(\w+)/.exec(text)![1], text]);
}

/**
 * The storefront's documents within the API's limits (depth 6, tokens, cost): a fragment spread
 * counts as a level of depth, so a field added to a shared selection can push a page's query over
 * and the API refuses it before it runs (HTTP 400). Each is sent without variables, which stops it
 * after validation, before anything runs (those without variables only read, or log a visitor out).
 */
describe('the storefront’s GraphQL documents', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const documents = storefrontDocuments();

  it('are all found', () => {
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['Cart', 'CartPreview', 'CheckoutQuote', 'PlaceOrder', 'OrderConfirmation']));
  });

  it.each(documents)('%s passes the API’s validation and limits', async (_name, text) => {
    const result = await env.visitor().request(text);
    const refusals = (result.errors ?? []).filter((error) => ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(String(error.extensions?.code)));
    expect(refusals.map((error) => error.message)).toEqual([]);
  });
});
