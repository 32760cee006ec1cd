import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and fonts (woff2 is brotli inside) are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|map|webmanifest)$/;

/** Below this, the compressed copy saves less than the extra bytes of a response header. */
export const MIN_BYTES = 1024;

/**
 * Writes `file.br` and `file.gz` beside every text file of the build, at the highest levels (brotli 11,
 * gzip 9): they are computed once per build, and the server (@fastify/static `preCompressed`, or
 * nginx's `gzip_static`/`brotli_static`) sends them without compressing anything per request. A copy
 * that would not be smaller than the file is not written. Decision 0025.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'flagship:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDirectory(outDir);
    },
  };
}

export async function precompressDirectory(dir: string): Promise<{ file: string; bytes: number; br?: number; gz?: number }[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    // Vite's manifest (.vite/) is read by tests and tools, never served.
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).some((part) => part.startsWith('.')));
  return Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const result: { file: string; bytes: number; br?: number; gz?: number } = { file: path.relative(dir, file), bytes: content.length };
      if (content.length < MIN_BYTES) return result;
      const [br, gz] = await Promise.all([
        brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < content.length) await writeFile(`${file}.br`, br).then(() => (result.br = br.length));
      if (gz.length < content.length) await writeFile(`${file}.gz`, gz).then(() => (result.gz = gz.length));
      return result;
    }),
  );
}
