import type { Rolldown } from 'vite';

const nodeModule = (packages: string) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${packages})[\\\\/]`);

/**
 * Libraries in chunks of their own, named after them (decision 0025). A deploy that changes only the
 * app's code leaves their file names, hence the browser's cached copies, as they were; each chunk is
 * loaded by the pages that use it and no others. Higher priority first: a library is taken by the first
 * group it matches, before the groups of the libraries that depend on it.
 * - react: React and ReactDOM, needed by every page.
 * - router, query: React Router and TanStack Query, needed by every page.
 * - radix: the Radix primitives the layout uses on every page (`$initial`); the ones that only some
 *   pages use stay with those pages.
 * - forms (react-hook-form, zod) and stripe: only pages with a form or a payment load them.
 */
export const vendorChunks: Rolldown.CodeSplittingGroup[] = [
  { name: 'vendor-react', test: nodeModule('react|react-dom|scheduler'), priority: 50 },
  { name: 'vendor-router', test: nodeModule('react-router|cookie|set-cookie-parser'), priority: 40 },
  { name: 'vendor-query', test: nodeModule('@tanstack'), priority: 40 },
  { name: 'vendor-radix', test: nodeModule('radix-ui|@radix-ui|@floating-ui|aria-hidden|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|detect-node-es|tslib'), tags: ['$initial'], priority: 30 },
  { name: 'vendor-forms', test: nodeModule('react-hook-form|@hookform|zod'), priority: 30 },
  { name: 'vendor-stripe', test: nodeModule('@stripe|prop-types|react-is'), priority: 30 },
];
