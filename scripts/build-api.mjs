// Builds apps/api into dist/apps/api as ES modules: esbuild bundles our TypeScript (libraries
// included, packages left external) and swc compiles each file, because NestJS and TypeORM need the
// decorator metadata esbuild cannot emit. See docs/decisions/0002-esm-build-and-jest.md.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';
import * as esbuild from 'esbuild';
import { swcOptions } from './swc-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const swcPlugin = {
  name: 'swc-decorators',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const { code } = await transform(source, { ...swcOptions, filename: args.path });
      return { contents: code, loader: 'js' };
    });
  },
};

export const apiBuildOptions = {
  absWorkingDir: root,
  entryPoints: { main: 'apps/api/src/main.ts', cli: 'apps/api/src/cli.ts' },
  outdir: 'dist/apps/api',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  keepNames: true,
  sourcemap: 'linked',
  tsconfig: 'tsconfig.base.json',
  plugins: [swcPlugin],
  logLevel: 'warning',
};

// Run directly (`npm run build:api`) it builds once; scripts/dev.mjs imports the options to watch.
if (import.meta.url === `file://${process.argv[1]}`) {
  await esbuild.build(apiBuildOptions);
}
