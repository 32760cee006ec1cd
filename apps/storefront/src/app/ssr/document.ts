import { escapeHtml, scriptJson } from '@/lib/head';
import { SERVER_STATE_ID, type ServerState } from './server-state';

/** One chunk of Vite's build manifest (dist/apps/storefront/.vite/manifest.json), keyed by source file. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

/**
 * The built files a set of modules needs (their chunks, the chunks those import, and their CSS), for
 * <link rel="modulepreload"> and stylesheet links: the browser fetches a page's code and styles with
 * the HTML rather than after the main script has run. `skip`: what index.html already loads.
 */
export function assetsOf(manifest: BuildManifest, sources: readonly string[], skip: ReadonlySet<string>): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (!skip.has(chunk.file)) scripts.add(chunk.file);
    for (const css of chunk.css ?? []) if (!skip.has(css)) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  sources.forEach(visit);
  return { scripts: [...scripts], styles: [...styles] };
}

/** The files index.html itself loads (its entry chunk, that chunk's imports and CSS). */
export function entryAssets(manifest: BuildManifest): Set<string> {
  const { scripts, styles } = assetsOf(manifest, ['index.html'], new Set());
  return new Set([...scripts, ...styles]);
}

export interface DocumentParts {
  /** <title>, meta, canonical, JSON-LD (lib/head.ts headElements). */
  head: string;
  assets: { scripts: string[]; styles: string[] };
  /** The rendered app, inside #root. */
  body: string;
  state: ServerState;
}

/**
 * index.html as built, with the page's head, links to its code and styles, the rendered app and the
 * server's state. The template marks the places: `<!--app-head-->` in <head>, `<!--app-html-->` in
 * #root.
 */
export function renderDocument(template: string, { head, assets, body, state }: DocumentParts): string {
  const links = [
    ...assets.styles.map((file) => `<link rel="stylesheet" crossorigin href="/${escapeHtml(file)}" />`),
    ...assets.scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${escapeHtml(file)}" />`),
  ];
  const stateScript = `<script type="application/json" id="${SERVER_STATE_ID}">${scriptJson(state)}</script>`;
  // Functions as replacements: `$` in the content must not be read as a replacement pattern.
  return template
    .replace('<!--app-head-->', () => head)
    // After index.html's own links: a page's styles come after the shared ones, as when the browser loads them.
    .replace('</head>', () => `${links.map((link) => `  ${link}\n`).join('')}  </head>`)
    .replace('<!--app-html-->', () => body)
    .replace('</body>', () => `  ${stateScript}\n  </body>`);
}
