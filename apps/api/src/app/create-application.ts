import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoNestLogger, type PinoLogger } from '@flagship/api-core';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import type { ApiConfig } from '../config';
import { AppModule } from './app.module';
import { requestLogging } from './http/request-logging';
import { securityHeaders } from './http/security-headers';

export interface CreateApplicationOptions {
  config: ApiConfig;
  databaseUrl: string;
  logger: PinoLogger;
  onQuery?: (sql: string) => void;
}

/** The whole platform as one Nest application: GraphQL API, health check and the built storefront. */
export async function createApplication({ config, databaseUrl, logger, onQuery }: CreateApplicationOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      config,
      databaseUrl,
      onQuery,
      onUnexpectedError: (error) => logger.error({ err: error }, 'Unexpected error in a GraphQL operation'),
    }),
    // rawBody: Stripe webhook signatures are computed over the exact bytes received.
    { logger: new PinoNestLogger(logger), bufferLogs: false, rawBody: true },
  );
  app.set('trust proxy', 'loopback');
  // No ETag on API responses: GraphQL POSTs are not revalidated, and hashing every body costs.
  app.set('etag', false);
  app.disable('x-powered-by');
  // Security headers. The content security policy only in production: in development Vite and
  // Apollo's landing page need inline scripts.
  app.use(securityHeaders({ contentSecurityPolicy: config.production ? undefined : false }));
  app.use(requestLogging(logger));
  app.use(cookieParser());
  serveStorefront(app, config.storefrontDir);
  return app;
}

/** The storefront's built files, and index.html for any other GET so client-side routes load. */
function serveStorefront(app: NestExpressApplication, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h', setHeaders: noCacheForHtml });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path.startsWith('/graphql') || req.path.startsWith('/health');
    // A missing /assets/app-123.js must be a 404, not index.html: only extension-less paths are pages.
    const isFile = path.extname(req.path) !== '';
    if (req.method !== 'GET' || isApi || isFile || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function noCacheForHtml(res: Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
