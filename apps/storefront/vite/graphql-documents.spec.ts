import { describe, expect, it } from 'vitest';
import { documentsBySource, markDocumentsPure, replaceGraphqlCalls } from './graphql-documents';

// What GraphQL Codegen's client preset (string document mode) writes, cut down to two documents.
const GQL_TS = `import * as types from './graphql';
type Documents = {
    "\\n  query Cart {\\n    cart { itemCount }\\n  }\\n": typeof types.CartDocument,
};
const documents: Documents = {
    "\\n  fragment CardFields on Product {\\n    id\\n  }\\n": types.CardFieldsFragmentDoc,
    "\\n  query Cart($id: ID!) {\\n    cart(id: $id) { itemCount }\\n  }\\n": types.CartDocument,
};
export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
`;
const GRAPHQL_TS = `export class TypedDocumentString<TResult, TVariables> extends String {}
export const CardFieldsFragmentDoc = new TypedDocumentString(\`
    fragment CardFields on Product {
  id
}
    \`, {"fragmentName":"CardFields"}) as unknown as TypedDocumentString<CardFieldsFragment, unknown>;
export const CartDocument = new TypedDocumentString(\`
    query Cart($id: ID!) {
  cart(id: $id) {
    itemCount
  }
}
    \`) as unknown as TypedDocumentString<CartQuery, CartQueryVariables>;
`;

describe('graphqlDocuments', () => {
  const documents = documentsBySource(GQL_TS, GRAPHQL_TS);

  it("maps each document's source, as written in the app, to its generated document", () => {
    expect([...documents.keys()]).toEqual(['\n  fragment CardFields on Product {\n    id\n  }\n', '\n  query Cart($id: ID!) {\n    cart(id: $id) { itemCount }\n  }\n']);
    expect(documents.get('\n  fragment CardFields on Product {\n    id\n  }\n')).toBe('`\n    fragment CardFields on Product {\n  id\n}\n    `, {"fragmentName":"CardFields"}');
  });

  it('writes the generated document in place of a graphql() call, and leaves an unknown one as it is', () => {
    const code = [
      "import { graphql } from '@/gql';",
      'export const CartQuery = graphql(`',
      '  query Cart($id: ID!) {',
      '    cart(id: $id) { itemCount }',
      '  }',
      '`);',
      'export const Stale = graphql(`query Stale { a }`);',
    ].join('\n');
    const result = replaceGraphqlCalls(code, documents);
    expect(result.replaced).toBe(1);
    expect(result.unknown).toEqual(['query Stale { a }']);
    expect(result.code).toContain('export const CartQuery = /*#__PURE__*/ new __TypedDocumentString("\\n    query Cart($id: ID!) {\\n  cart(id: $id) {');
    expect(result.code).toContain('export const Stale = graphql(`query Stale { a }`);');
    expect(result.code.endsWith("\nimport { TypedDocumentString as __TypedDocumentString } from '@/gql/graphql';\n")).toBe(true);
    // The lines before the added import keep their numbers.
    expect(result.code.split('\n').indexOf('export const Stale = graphql(`query Stale { a }`);')).toBe(code.split('\n').length - 1);
  });

  it('leaves a file without graphql() calls alone', () => {
    expect(replaceGraphqlCalls('const a = 1;', documents)).toEqual({ code: 'const a = 1;', replaced: 0, unknown: [] });
  });

  it("marks graphql.ts's own copies as free of side effects, so that unused ones are dropped", () => {
    expect(markDocumentsPure(GRAPHQL_TS)).toContain('export const CartDocument = /*#__PURE__*/ new TypedDocumentString(`');
    expect(markDocumentsPure(GRAPHQL_TS).match(/__PURE__/g)).toHaveLength(2);
  });

  it('refuses generated files it does not understand', () => {
    expect(() => documentsBySource('export {}', GRAPHQL_TS)).toThrow('no `documents` map');
  });
});
