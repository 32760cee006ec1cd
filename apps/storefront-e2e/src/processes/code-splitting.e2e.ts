import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The built storefront's chunks (`npm run build`), read from Vite's manifest: a shopper's pages never
 * load the manager's code, not even as a preload, and the libraries sit in chunks of their own so a
 * deploy that changes the app leaves their cached copies valid. Sizes are not checked here: the entry's
 * budget is in the Lighthouse benchmark (decision 0025).
 */
const DIST = 'dist/apps/storefront';

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** Route modules of the pages shoppers see (apps/storefront/src/app/routes). */
const SHOPPER_PAGES = ['home', 'shop', 'product', 'cart', 'log-in', 'sign-up', 'member', 'account', 'checkout', 'orders', 'order'];
const MANAGER_SOURCE = /^src\/(app\/routes\/manage|features\/manage)\//;
/** Features only manager pages use. */
const MANAGER_FEATURES = ['manage', 'members'];

describe('the storefront build splits code by route', () => {
  let manifest: Manifest;
  let indexHtml: string;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(path.join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
    indexHtml = await readFile(path.join(DIST, 'index.html'), 'utf8');
  });

  /** The chunks a manifest key loads before it runs: itself and its static imports, transitively. */
  const staticClosure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen);
    return seen;
  };
  const files = (keys: Iterable<string>) => new Set([...keys].map((key) => `/${manifest[key].file}`));
  const routeKey = (page: string) => `src/app/routes/${page}.tsx`;

  /** The chunks of the manager's pages (their route modules). */
  const managerChunkFiles = () =>
    new Set(
      Object.values(manifest)
        .filter((chunk) => chunk.src && MANAGER_SOURCE.test(chunk.src))
        .map((chunk) => `/${chunk.file}`),
    );

  it('has a route chunk for every page, the manager pages among them', () => {
    for (const page of SHOPPER_PAGES) expect(manifest[routeKey(page)]).toBeDefined();
    expect(Object.keys(manifest).filter((key) => key.startsWith('src/app/routes/manage/')).length).toBeGreaterThan(3);
  });

  it('preloads from index.html only what the entry imports, and no manager chunk', () => {
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)![0];
    const scripts = [...indexHtml.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)].map(([, src]) => src);
    const preloads = [...indexHtml.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g)].map(([, href]) => href);
    expect(scripts).toEqual([`/${manifest[entry].file}`]);
    expect(new Set([...scripts, ...preloads])).toEqual(files(staticClosure(entry)));
    const managerFiles = managerChunkFiles();
    expect(managerFiles.size).toBeGreaterThan(3);
    for (const href of [...scripts, ...preloads]) expect(managerFiles.has(href)).toBe(false);
  });

  it.each(SHOPPER_PAGES)('loads no manager code for the %s page', async (page) => {
    const chunks = staticClosure(routeKey(page), staticClosure(Object.entries(manifest).find(([, chunk]) => chunk.isEntry)![0]));
    for (const key of chunks) expect(key).not.toMatch(MANAGER_SOURCE);
    // Not even the manager's GraphQL documents, which a shared chunk could carry without a manager
    // module in it: every document lives in the chunk of the page that sends it.
    const code = (await Promise.all([...chunks].map((key) => readFile(path.join(DIST, manifest[key].file), 'utf8')))).join('\n');
    for (const operation of await managerOperations()) expect(code).not.toContain(operation);
  });

  it('keeps the libraries in chunks of their own, named after them', () => {
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)![0];
    const names = [...staticClosure(entry)].map((key) => manifest[key].name);
    expect(names).toEqual(expect.arrayContaining(['vendor-react', 'vendor-router', 'vendor-query']));
    // Forms and payments load with the pages that have them.
    const formLibraries = Object.keys(manifest).find((key) => manifest[key].name === 'vendor-forms');
    expect(formLibraries).toBeDefined();
    expect(staticClosure(entry).has(formLibraries!)).toBe(false);
    expect(staticClosure(routeKey('log-in')).has(formLibraries!)).toBe(true);
  });
});

/**
 * The manager's own GraphQL operations, as declared in `graphql()` calls: every one in the features
 * only manager pages use (manage: products, settings, brand images; members: roles and badges), and
 * any named `Manage…` elsewhere (the back office's orders).
 */
async function managerOperations(): Promise<string[]> {
  const names = new Set<string>();
  for (const feature of await readdir('apps/storefront/src/features')) {
    const dir = path.join('apps/storefront/src/features', feature);
    for (const file of (await readdir(dir, { recursive: true })).filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.spec.ts'))) {
      const text = await readFile(path.join(dir, file), 'utf8');
      for (const [, kind, name] of text.matchAll(/\bgraphql\(\s*`\s*(query|mutation) (\w+)/g)) {
        if (MANAGER_FEATURES.includes(feature) || name.startsWith('Manage')) names.add(`${kind} ${name}`);
      }
    }
  }
  if (![...names].some((name) => name.includes('ManageProducts'))) throw new Error('The manager\'s operations were not found: have they moved?');
  return [...names];
}
