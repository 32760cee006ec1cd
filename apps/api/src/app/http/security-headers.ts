import type { onRequestHookHandler } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers, computed once at start-up and then set on every response. With static
 * options they never depend on the request, and running helmet's chain of fifteen middlewares on each
 * request cost about 6% of catalog-page throughput (decision 0007). Helmet stays the source of the
 * header values.
 */
export function securityHeaders(options: HelmetOptions): onRequestHookHandler {
  const headers = securityHeaderValues(options);
  return (_request, reply, done) => {
    void reply.headers(headers);
    done();
  };
}

/**
 * The helmet options the platform runs with. The content security policy only in production (in
 * development Vite and Apollo's landing page need inline scripts); it lets Stripe Elements load its
 * script and frames and talk to Stripe's API. docker/nginx-security-headers.conf repeats these
 * headers for the files nginx serves (a test keeps the two equal).
 */
export function securityHeaderOptions(production: boolean): HelmetOptions {
  if (!production) return { contentSecurityPolicy: false };
  return {
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", 'https://js.stripe.com'],
        frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
        connectSrc: ["'self'", 'https://api.stripe.com'],
      },
    },
  };
}

/** The headers helmet sets for `options`, by name. */
export function securityHeaderValues(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  };
  let failure: unknown;
  helmet(options)({} as never, recorder as never, (error?: unknown) => (failure = error));
  if (failure) throw failure;
  return headers;
}
