import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { vendorChunks } from './vite/chunks.ts';
import { graphqlDocuments } from './vite/graphql-documents.ts';
import { precompress } from './vite/precompress.ts';
import { preloadFonts } from './vite/preload-fonts.ts';

// In development (`npm run dev`) Vite serves the storefront on PORT and forwards API paths to the
// API process; in production the API serves the built files itself, on one port, and renders the
// public pages with the server build (`vite build --ssr src/entry-server.tsx`, decision 0023).
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3001}`;
const dist = (folder: string) => fileURLToPath(new URL(`../../dist/apps/${folder}`, import.meta.url));

export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Build plugins (./vite, decision 0025): each chunk with only its own GraphQL documents (both
  // builds); for the browser's, the typeface preloaded and a .br and .gz beside every text file for
  // the server to send as they are.
  plugins: [react(), graphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))), ...(isSsrBuild ? [] : [preloadFonts(), precompress()])],
  // `@/lib/money` is apps/storefront/src/lib/money (tsconfig.json says the same for the type checker).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: isSsrBuild
    ? { outDir: dist('storefront-server'), emptyOutDir: true, target: 'node24', copyPublicDir: false }
    : {
        outDir: dist('storefront'),
        emptyOutDir: true,
        // .vite/manifest.json: which built files a route module needs, for the server's preload links
        // and the code-splitting test (never served).
        manifest: true,
        // Libraries in chunks of their own (./vite/chunks.ts).
        rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
      },
  // The server build carries its dependencies (React, react-router, React Query): the API's
  // production install has no devDependencies. React's production build, whatever NODE_ENV says.
  ssr: { noExternal: true },
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : undefined,
  server: {
    port: Number(process.env.PORT ?? 3000),
    strictPort: true,
    proxy: { '/graphql': apiTarget, '/health': apiTarget },
  },
}));
