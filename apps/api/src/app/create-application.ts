import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoNestLogger, type PinoLogger } from '@flagship/api-core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiConfig, TrustProxy } from '../config';
import { AppModule, type AppModuleOptions } from './app.module';
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

/**
 * The storefront's built files, and its pages for any other path: rendered on the server with their
 * head (title, description, link previews, structured data) and status (404 for what does not
 * exist), decision 0023; index.html as built when there is no server renderer.
 */
async function serveStorefront(app: NestFastifyApplication, fastify: FastifyInstance, config: ApiConfig, logger: PinoLogger): Promise<void> {
  const dir = config.storefrontDir;
  const indexFile = path.join(dir, 'index.html');
  if (!existsSync(indexFile)) return;
  const indexHtml = await readFile(indexFile, 'utf8');
  // One route per built file (wildcard off), so the page fallback below can own every other path.
  // Loaded only when there is a storefront to serve (one of its dependencies is an ES module that
  // Jest cannot require; the integration tests run without a storefront).
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic as never, {
    root: dir,
    index: false,
    wildcard: false,
    maxAge: '1h',
    // @fastify/static 10 hands `setHeaders` Fastify's reply.
    setHeaders: (reply: FastifyReply, file: string) => {
      if (file.endsWith('.html')) void reply.header('Cache-Control', 'no-cache');
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
    if (!renderPage) return reply.header('Cache-Control', 'no-cache').send(indexHtml);
    // A rendered page carries the viewer's own header (their name, their role's menu): no shared cache keeps it.
    void reply.header('Cache-Control', 'private, no-cache');
    const page = await renderPage(request, { url: request.url, origin: publicOrigin(config.publicUrl, request) });
    if (page.location) return reply.redirect(page.location, page.status);
    return reply.code(page.status).send(page.html);
  });
}
