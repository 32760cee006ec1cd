import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The shoppers' pages whose code index.html preloads when it is sent for them, by path, with the route
 * module that renders each (apps/storefront/src/app/router.tsx). Without it the browser learns of a
 * page's chunk only once the entry script has run, one round trip after the rest (decision 0025).
 * Manager and account pages are left out: they come after a log-in, when the entry is cached.
 */
export const PRELOADED_ROUTES: readonly { pattern: RegExp; module: string }[] = [
  { pattern: /^\/$/, module: 'src/app/routes/home.tsx' },
  { pattern: /^\/shop\/?$/, module: 'src/app/routes/shop.tsx' },
  { pattern: /^\/products\/[^/]+\/?$/, module: 'src/app/routes/product.tsx' },
  { pattern: /^\/cart\/?$/, module: 'src/app/routes/cart.tsx' },
];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/**
 * For a page path, the `<link>` tags that preload its route chunk and the chunks it imports, and load
 * their stylesheets (Vite's loader finds them there and does not add them again), leaving out what
 * index.html loads anyway; '' for other paths, or without Vite's manifest (a storefront built without
 * it loads the same code, one round trip later).
 */
export function routePreloads(storefrontDir: string): (pathname: string) => string {
  const manifestFile = path.join(storefrontDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return () => '';
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) closure(imported, seen);
    return seen;
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const loadedByEntry = entry ? closure(entry) : new Set<string>();
  const entryCss = new Set([...loadedByEntry].flatMap((key) => manifest[key].css ?? []));
  const tagsByModule = new Map<string, string>();
  for (const { module } of PRELOADED_ROUTES) {
    if (!manifest[module]) continue;
    const chunks = [...closure(module)].filter((key) => !loadedByEntry.has(key));
    const css = [...new Set(chunks.flatMap((key) => manifest[key].css ?? []))].filter((file) => !entryCss.has(file));
    tagsByModule.set(
      module,
      [
        ...chunks.map((key) => `<link rel="modulepreload" crossorigin href="/${manifest[key].file}">`),
        ...css.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
      ].join('\n    '),
    );
  }
  return (pathname) => {
    const route = PRELOADED_ROUTES.find(({ pattern }) => pattern.test(pathname));
    return (route && tagsByModule.get(route.module)) ?? '';
  };
}

/** `html` with `tags` at the end of its head. */
export function withHeadTags(html: string, tags: string): string {
  return tags ? html.replace('</head>', `    ${tags}\n  </head>`) : html;
}
