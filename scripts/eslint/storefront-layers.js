import path from 'node:path';

/**
 * The storefront's layers (Bulletproof React's unidirectional rule), enforced on every import:
 *   src/components, src/lib (shared)  →  src/features/<f>  →  src/app
 * - a feature never imports another feature: the app composes them (a route module passes one
 *   feature's component or callback into another's page);
 * - shared code imports no feature and not the app; only the app (and the entry points src/main.tsx,
 *   the browser's, and src/entry-server.tsx, the server renderer's) imports src/app;
 * - a relative import stays inside its own folder (a feature, components, lib, app): anything
 *   outside is imported as `@/…`, so a file's imports say which layer they reach.
 */
const SRC = path.resolve('apps/storefront/src');
const ENTRY_POINTS = ['main.tsx', 'entry-server.tsx'];

/** "features/cart", "components", "lib", "app", "gql", "main.tsx": the part of src a path is in. */
function areaOf(relative) {
  const [top, name] = relative.split(path.sep);
  return top === 'features' && name ? `features/${name}` : top;
}

export const storefrontLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Storefront layers: shared → features → app; features never import each other.' },
    schema: [],
    messages: {
      crossFeature: '{{from}} imports {{to}}: features never import each other. Compose them in src/app (a route module).',
      sharedImportsFeature: 'Shared code ({{from}}) imports {{to}}: shared code must not depend on a feature.',
      importsApp: '{{from}} imports src/app: only the app itself (and the entry points src/main.tsx, src/entry-server.tsx) does.',
      relativeOutside: "Relative import leaves {{from}}: import '{{to}}' as '@/…'.",
    },
  },
  create(context) {
    const file = context.filename;
    const relativeFile = path.relative(SRC, file);
    if (relativeFile.startsWith('..') || path.isAbsolute(relativeFile)) return {};
    const from = areaOf(relativeFile);

    function check(node) {
      const source = node.source;
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      let target;
      if (spec.startsWith('@/')) target = spec.slice(2).split('/').join(path.sep);
      else if (spec.startsWith('.')) target = path.relative(SRC, path.resolve(path.dirname(file), spec));
      else return;
      const to = areaOf(target);
      const report = (messageId) => context.report({ node: source, messageId, data: { from, to } });
      const entryPoint = ENTRY_POINTS.includes(from);
      if (spec.startsWith('.') && to !== from && !entryPoint) report('relativeOutside');
      else if (from.startsWith('features/') && to.startsWith('features/') && to !== from) report('crossFeature');
      else if ((from === 'components' || from === 'lib') && (to.startsWith('features/') || to === 'app')) report('sharedImportsFeature');
      else if (to === 'app' && from !== 'app' && !entryPoint) report('importsApp');
    }

    return { ImportDeclaration: check, ImportExpression: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
