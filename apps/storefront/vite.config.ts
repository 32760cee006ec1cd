import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development (`npm run dev`) Vite serves the storefront on PORT and forwards API paths to the
// API process; in production the API serves the built files itself, on one port, and renders the
// public pages with the server build (`vite build --ssr src/entry-server.tsx`, decision 0023).
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3001}`;
const dist = (folder: string) => fileURLToPath(new URL(`../../dist/apps/${folder}`, import.meta.url));

export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // `@/lib/money` is apps/storefront/src/lib/money (tsconfig.json says the same for the type checker).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: isSsrBuild
    ? { outDir: dist('storefront-server'), emptyOutDir: true, target: 'node24', copyPublicDir: false }
    : {
        outDir: dist('storefront'),
        emptyOutDir: true,
        // .vite/manifest.json: which built files a route module needs, for the server's preload links.
        manifest: true,
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
