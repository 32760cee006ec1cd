import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * A font's Latin, upright file as Fontsource names it (`inter-latin-wght-normal.woff2` for a variable
 * font, `inter-latin-400-normal.woff2` for a static one) after Vite added its hash: the file every page
 * of an English or German shop needs first. latin-ext, cyrillic, … load only when a page uses them.
 */
const LATIN_UPRIGHT = /-latin-[a-z0-9]+-normal-[\w-]+\.woff2$/;

/** More would compete with the page's own scripts for a slow phone connection. */
export const MAX_FONT_PRELOADS = 2;

/**
 * `<link rel="preload" as="font">` in index.html for the Latin files of the typefaces that the
 * storefront's entry stylesheet declares, so that the browser fetches them with the page's first
 * requests instead of after the CSS has been parsed and text laid out; text then shows in the
 * brand's typeface from the start instead of swapping (a layout shift). Decision 0025.
 */
export function preloadFonts(): Plugin {
  return {
    name: 'flagship:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const cssSources = new Map<string, string>();
        for (const output of Object.values(context.bundle)) {
          if (output.type === 'asset' && output.fileName.endsWith('.css')) cssSources.set(output.fileName, String(output.source));
        }
        return { html, tags: fontPreloadTags(html, cssSources) };
      },
    },
  };
}

/** The preload tags for `html`, given the built stylesheets' text by file name (assets/x.css). */
export function fontPreloadTags(html: string, cssSources: Map<string, string>, base = '/'): HtmlTagDescriptor[] {
  const linkedCss = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(([tag]) => tag.match(/\bhref="([^"]+)"/)?.[1]).filter((href) => href !== undefined);
  const fonts = new Set<string>();
  for (const href of linkedCss) {
    const css = cssSources.get(href.replace(base, ''));
    if (!css) continue;
    for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)) if (LATIN_UPRIGHT.test(url)) fonts.add(url);
  }
  return [...fonts].slice(0, MAX_FONT_PRELOADS).map((href) => ({
    tag: 'link',
    // crossorigin: fonts are always fetched in CORS mode, and a preload that differs is fetched twice.
    attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: true },
    injectTo: 'head',
  }));
}
