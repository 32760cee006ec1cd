import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Each `graphql(`…`)` call in the storefront becomes the typed document that GraphQL Codegen generated
 * for it, written in place, so that a chunk carries the documents its pages use and no others
 * (decision 0025).
 *
 * Why: `graphql()` looks its source up in a map of every document in the app (src/gql/gql.ts), and
 * the documents themselves are one module (src/gql/graphql.ts), which a bundler puts in one chunk
 * whatever the importers; so the first page a shopper opened loaded every query and mutation, the
 * manager's included. Codegen's own answer is a Babel or SWC plugin that imports each document from
 * graphql.ts, which still leaves them all in one module; Vite 8 builds with neither anyway. The
 * generated files already say which document belongs to which source, so this reads them. A call whose
 * source is not there stays as it is (and takes the map along, with a warning): `npm run codegen` was
 * not run.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'flagship:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = documentsBySource(readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8'), readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8'));
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (file === path.join(gqlDir, 'graphql.ts')) return { code: markDocumentsPure(code), map: null };
      if (file.startsWith(gqlDir + path.sep) || !/\.tsx?$/.test(file) || !code.includes('graphql(')) return null;
      const result = replaceGraphqlCalls(code, documents);
      for (const source of result.unknown) this.warn(`${path.basename(file)}: no generated document for graphql(\`${source.trim().split('\n')[0]}…\`): run npm run codegen`);
      return result.replaced ? { code: result.code, map: null } : null;
    },
  };
}

/**
 * Each document's source, as written in the app, to the arguments of its `new TypedDocumentString(…)`
 * in graphql.ts (the document with the fragments it uses, and a fragment's name): gql.ts's `documents`
 * map gives the export's name for a source, graphql.ts the export.
 */
export function documentsBySource(gqlTs: string, graphqlTs: string): Map<string, string> {
  const start = gqlTs.indexOf('const documents');
  const end = gqlTs.indexOf('\n};', start);
  if (start < 0 || end < 0) throw new Error('src/gql/gql.ts has no `documents` map: has GraphQL Codegen changed its output?');
  const argumentsByExport = new Map<string, string>();
  for (const [, name, args] of graphqlTs.matchAll(/^export const (\w+) = new TypedDocumentString\((`[^`]*`(?:, \{[^\n]*\})?)\) as unknown as /gm)) argumentsByExport.set(name, args);
  const documents = new Map<string, string>();
  for (const [, source, name] of gqlTs.slice(start, end).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const args = argumentsByExport.get(name);
    if (args) documents.set(JSON.parse(source) as string, args);
  }
  return documents;
}

/**
 * graphql.ts's own copies of the documents, no longer used, marked free of side effects so that the
 * bundler drops them (it cannot know that `new TypedDocumentString(…)` has none).
 */
export function markDocumentsPure(graphqlTs: string): string {
  return graphqlTs.replaceAll('= new TypedDocumentString(', '= /*#__PURE__*/ new TypedDocumentString(');
}

/**
 * Replaces `graphql(`source`)` (a template without substitutions, as Codegen requires) by
 * `new TypedDocumentString(…)` with the generated document, the class imported from @/gql/graphql.
 * The document is written on one line followed by as many line breaks as the call took, so that every
 * line of the file keeps its number (the transform returns no source map).
 */
export function replaceGraphqlCalls(code: string, documents: Map<string, string>): { code: string; replaced: number; unknown: string[] } {
  const unknown: string[] = [];
  let replaced = 0;
  const replacedCode = code.replace(/\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g, (call, source: string) => {
    const args = documents.get(source);
    if (args === undefined) {
      unknown.push(source);
      return call;
    }
    replaced++;
    return `/*#__PURE__*/ new __TypedDocumentString(${oneLine(args)})${'\n'.repeat(lineCount(call) - 1)}`;
  });
  if (replaced === 0) return { code, replaced, unknown };
  // At the end, so that the lines above keep their numbers (imports are hoisted wherever they stand).
  return { code: `${replacedCode}\nimport { TypedDocumentString as __TypedDocumentString } from '@/gql/graphql';\n`, replaced, unknown };
}

const lineCount = (text: string) => text.split('\n').length;

/** The generated arguments (`` `document` `` and maybe `, {"fragmentName":…}`) with the document as a one-line string. */
function oneLine(args: string): string {
  const [, document, rest] = args.match(/^`([^`]*)`(.*)$/s) ?? [];
  // A template with escapes would read differently as a JSON string: kept as it is.
  if (document === undefined || document.includes('\\')) return args;
  return `${JSON.stringify(document)}${rest}`;
}
