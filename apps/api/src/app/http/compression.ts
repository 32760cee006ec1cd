import { constants } from 'node:zlib';
import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * Compression of what the API computes per request: GraphQL answers, the storefront's page HTML,
 * JSON errors (decision 0025). The storefront's built files are compressed once at build time and
 * sent as they are (`preCompressed` in serveStorefront), so this only works on what has no .br/.gz
 * beside it.
 * - brotli, then gzip: every browser since 2017 takes brotli; zstd is left out until the nginx in
 *   docker/ can say the same.
 * - brotli quality 4: about gzip's speed for smaller output; 11 costs ~10x the CPU per response.
 * - 1 KiB threshold: below it the headers and the compression frame eat most of the gain.
 * - request bodies are never decompressed: no client of ours sends compressed bodies, and Stripe's
 *   webhook signature is computed over the exact bytes received (rawBody).
 */
export const compressionOptions: FastifyCompressOptions = {
  global: true,
  globalDecompression: false,
  encodings: ['br', 'gzip'],
  threshold: 1024,
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } },
  zlibOptions: { level: 6 },
};
