import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { vendorChunks } from './vite/chunks.ts';
import { graphqlDocuments } from './vite/graphql-documents.ts';
import { precompress } from './vite/precompress.ts';
import { preloadFonts } from './vite/preload-fonts.ts';

// In development (`npm run dev`) Vite serves the storefront on PORT and forwards API paths to the
// API process; in production the API serves the built files itself, on one port.
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3001}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Build-only plugins (./vite, decision 0025): each chunk with only its own GraphQL documents, the
  // typeface preloaded, and a .br and .gz beside every text file for the server to send as they are.
  plugins: [react(), graphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))), preloadFonts(), precompress()],
  // `@/lib/money` is apps/storefront/src/lib/money (tsconfig.json says the same for the type checker).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/storefront', import.meta.url)),
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page loads, for the code-splitting test (never served).
    manifest: true,
    // Libraries in chunks of their own (./vite/chunks.ts).
    rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
  },
  server: {
    port: Number(process.env.PORT ?? 3000),
    strictPort: true,
    proxy: { '/graphql': apiTarget, '/health': apiTarget },
  },
});
