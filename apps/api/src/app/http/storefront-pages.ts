import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PinoLogger } from '@flagship/api-core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** A page as the storefront's server renderer answers it (apps/storefront/src/app/ssr/render-page.tsx). */
export interface RenderedPage {
  status: number;
  html: string;
  location?: string;
}

export type PageRenderer = (page: { url: string; origin: string }) => Promise<RenderedPage>;

interface RendererModule {
  createStorefrontRenderer(options: {
    template: string;
    manifest: Record<string, unknown>;
    graphql: (body: string) => Promise<{ status: number; body: unknown }>;
    onError: (error: unknown, message: string) => void;
  }): Promise<PageRenderer>;
}

/** Where `vite build --ssr` puts the renderer: beside the storefront's own folder. */
export function rendererFileFor(storefrontDir: string): string {
  return path.join(path.dirname(storefrontDir), 'storefront-server', 'entry-server.js');
}

/**
 * The storefront's server renderer (decision 0023), or null when it was not built (the API then
 * sends index.html as it is). Its GraphQL queries run in this process through `fastify.inject` as the
 * request being rendered: its cookie (so the viewer is who asked) and its address (rate limits), with
 * the same policies as any other request. The request is handed to them through an
 * AsyncLocalStorage, since the renderer is shared by concurrent requests. Loaded only when there is a
 * storefront to serve: the integration tests run without one, and Jest never sees the React build.
 */
export async function loadPageRenderer(fastify: FastifyInstance, storefrontDir: string, template: string, logger: PinoLogger): Promise<PageRendererWithRequest | null> {
  const file = rendererFileFor(storefrontDir);
  const manifestFile = path.join(storefrontDir, '.vite', 'manifest.json');
  if (!existsSync(file) || !existsSync(manifestFile)) {
    logger.warn({ file }, 'The storefront has no server renderer: pages are sent for the browser to render, without their titles or descriptions');
    return null;
  }
  const rendering = new AsyncLocalStorage<FastifyRequest>();
  const graphql = async (body: string) => {
    const request = rendering.getStore();
    const response = await fastify.inject({
      method: 'POST',
      url: '/graphql',
      payload: body,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(request?.headers.cookie && { cookie: request.headers.cookie }),
        ...(request?.headers['user-agent'] && { 'user-agent': request.headers['user-agent'] }),
      },
      remoteAddress: request?.ip,
    });
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      // Not JSON: the renderer reports the status.
    }
    return { status: response.statusCode, body: parsed };
  };
  const { createStorefrontRenderer } = (await import(pathToFileURL(file).href)) as RendererModule;
  const render = await createStorefrontRenderer({
    template,
    manifest: JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>,
    graphql,
    onError: (error, message) => logger.error({ err: error }, message),
  });
  return (request, page) => rendering.run(request, () => render(page));
}

export type PageRendererWithRequest = (request: FastifyRequest, page: { url: string; origin: string }) => Promise<RenderedPage>;

/** The site's public origin: PUBLIC_URL, or in development the address the request was made to. */
export function publicOrigin(publicUrl: string | undefined, request: FastifyRequest): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}
