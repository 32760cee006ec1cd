import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoNestLogger, type PinoLogger } from '@flagship/api-core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiConfig, TrustProxy } from '../config';
import { AppModule, type AppModuleOptions } from './app.module';
import { compressionOptions } from './http/compression';
import { requestLogging } from './http/request-logging';
import { loadPageRenderer, publicOrigin } from './http/storefront-pages';
import { securityHeaderOptions, securityHeaders } from './http/security-headers';

export interface CreateApplicationOptions {
  config: ApiConfig;
  databaseUrl: string;
  logger: PinoLogger;
  onQuery?: (sql: string) => void;
  extraModules?: AppModuleOptions['extraModules'];
}

/**
 * The whole platform as one Nest application on Fastify: GraphQL API, REST routes (uploads, media,
 * webhooks, health) and the built storefront. Fastify rather than Express: decision 0007.
 */
export async function createApplication({ config, databaseUrl, logger, onQuery, extraModules }: CreateApplicationOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ trustProxy: fastifyTrustProxy(config.trustProxy), logger: false });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({
      config,
      databaseUrl,
      onQuery,
      extraModules,
      onUnexpectedError: (error) => logger.error({ err: error }, 'Unexpected error in a GraphQL operation'),
    }),
    adapter,
    // rawBody: Stripe webhook signatures are computed over the exact bytes received.
    { logger: new PinoNestLogger(logger), bufferLogs: false, rawBody: true },
  );
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  fastify.addHook('onRequest', securityHeaders(securityHeaderOptions(config.production)));
  fastify.addHook('onResponse', requestLogging(logger));
  // Before any route exists: the plugin adds its hook to each route as it is registered.
  await app.register(fastifyCompress as never, compressionOptions);
  // Multipart bodies (photo uploads) are only read by the routes that ask for them.
  await app.register(fastifyMultipart as never);
  await serveStorefront(app, fastify, config, logger);
  return app;
}

/**
 * TRUST_PROXY as Fastify takes it. Fastify (5.12.8) trusts nobody when given a bare number, since it
 * cannot tell a proxy from a client that reached the API directly; TRUST_PROXY=n states that no client
 * can, so the n nearest hops are trusted here (decision 0017).
 */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return typeof trust === 'boolean' ? trust : [...trust];
}

/** `Cache-Control` for the storefront's built files (decision 0025); rendered pages set their own. */
export const STOREFRONT_CACHE = {
  /** Vite's /assets/* names carry a hash of their content: a new build makes new names. */
  hashedAsset: 'public, max-age=31536000, immutable',
  /** index.html names this build's assets, favicon.svg keeps its name: revalidated (ETag) on each use. */
  other: 'no-cache',
} as const;

/**
 * The storefront's built files, and its pages for any other path: rendered on the server with their
 * head (title, description, link previews, structured data) and status (404 for what does not
 * exist), decision 0023; index.html as built when there is no server renderer. Text files were
 * compressed at build time (apps/storefront/vite/precompress.ts): the .br or .gz beside a file is
 * sent when the browser accepts it, the file itself otherwise (decision 0025).
 */
async function serveStorefront(app: NestFastifyApplication, fastify: FastifyInstance, config: ApiConfig, logger: PinoLogger): Promise<void> {
  const dir = config.storefrontDir;
  const indexFile = path.join(dir, 'index.html');
  if (!existsSync(indexFile)) return;
  const indexHtml = await readFile(indexFile, 'utf8');
  const assetsDir = path.join(dir, 'assets') + path.sep;
  // One route per built file (wildcard off), so the page fallback below can own every other path.
  // Loaded only when there is a storefront to serve (one of its dependencies is an ES module that
  // Jest cannot require; the integration tests run without a storefront).
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic as never, {
    root: dir,
    index: false,
    wildcard: false,
    preCompressed: true,
    // The compressed copies are found through the files they belong to, never asked for by name.
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    // @fastify/static 10 hands `setHeaders` Fastify's reply, and the path of the file it sends (the
    // .br or .gz one when it sends that).
    setHeaders: (reply: FastifyReply, file: string) => {
      const served = file.replace(/\.(br|gz)$/, '');
      void reply.header('Cache-Control', served.startsWith(assetsDir) ? STOREFRONT_CACHE.hashedAsset : STOREFRONT_CACHE.other);
    },
  });
  const renderPage = await loadPageRenderer(fastify, dir, indexHtml, logger);
  fastify.get('/*', async (request, reply) => {
    const pathname = request.url.split('?')[0];
    // A missing /assets/app-123.js must be a 404, not index.html: only extension-less paths are pages.
    const accept = request.headers.accept ?? '*/*';
    const isPage = path.extname(pathname) === '' && (accept.includes('text/html') || accept.includes('*/*'));
    if (!isPage) return reply.code(404).send({ statusCode: 404, message: `Cannot GET ${pathname}` });
    void reply.type('text/html; charset=utf-8');
    if (!renderPage) return reply.header('Cache-Control', STOREFRONT_CACHE.other).send(indexHtml);
    // A rendered page carries the viewer's own header (their name, their role's menu): no shared cache keeps it.
    void reply.header('Cache-Control', 'private, no-cache');
    const page = await renderPage(request, { url: request.url, origin: publicOrigin(config.publicUrl, request) });
    if (page.location) return reply.redirect(page.location, page.status);
    return reply.code(page.status).send(page.html);
  });
}
