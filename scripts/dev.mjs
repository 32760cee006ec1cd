// `npm run dev`: the storefront on PORT (default 3000) through Vite with hot reload, the API on
// API_PORT (default 3001) rebuilt by esbuild and restarted by `node --watch` when its code changes.
// Vite forwards /graphql and /health to the API, so the browser still sees one origin.
import { spawn } from 'node:child_process';
import * as esbuild from 'esbuild';
import { apiBuildOptions } from './build-api.mjs';

const port = process.env.PORT ?? '3000';
const apiPort = process.env.API_PORT ?? '3001';

const context = await esbuild.context(apiBuildOptions);
await context.rebuild();
await context.watch();

const children = [
  spawn(process.execPath, ['--enable-source-maps', '--watch-path=dist/apps/api', 'dist/apps/api/main.js'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort, STOREFRONT_DIR: 'apps/storefront/.no-build-in-dev' },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '-c', 'apps/storefront/vite.config.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port, API_PORT: apiPort },
  }),
];
console.log(`Flagship dev: storefront on http://localhost:${port}, API on http://localhost:${apiPort}/graphql`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await context.dispose();
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', () => void stop());
