import path from 'node:path';
import proxyAddr from '@fastify/proxy-addr';
import type { S3MediaSettings } from '@flagship/media';
import type { StripeSettings } from '@flagship/payments';

/** Everything the API reads from its environment, checked once at start. See README "Configuration". */
export interface ApiConfig {
  port: number;
  production: boolean;
  /** An external PostgreSQL; when unset the API starts an embedded one in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  logLevel: string;
  /** Pretty lines for a person at a terminal in development; JSON lines otherwise (decision 0015). */
  logFormat: LogFormat;
  databasePoolSize: number;
  sessionTtlDays: number;
  secureCookies: boolean;
  /** Run pending migrations when the API starts. */
  migrateOnStart: boolean;
  /** Create the Ridgeline Cycles demo on a database that has no brand yet. */
  demoData: boolean;
  /** Built storefront served at `/`; missing folder means API only. */
  storefrontDir: string;
  /**
   * Where the public reaches the site (scheme, host, port; no trailing slash), for the absolute URLs
   * of canonical links, link previews, structured data and the sitemap (decision 0023). Required in
   * production; in development the request's own host stands in.
   */
  publicUrl?: string;
  /** Background jobs (pg-boss): reservation expiry and payment reconciliation. */
  jobsEnabled: boolean;
  /** Real payments when STRIPE_SECRET_KEY is set; otherwise the offline test provider. */
  stripe: StripeSettings | null;
  /** Production may run on the offline test provider only when ALLOW_TEST_PAYMENTS=true (a demo). */
  allowTestPayments: boolean;
  /** Which peers may say, in X-Forwarded-For, whose request they pass on (TRUST_PROXY, decision 0017). */
  trustProxy: TrustProxy;
  /** Images in an S3-compatible bucket when MEDIA_STORE=s3; null keeps them under `<dataDir>/media` (decision 0027). */
  s3Media: S3MediaSettings | null;
}

export type LogFormat = 'json' | 'pretty';

/**
 * The reverse proxies in front of the API, whose X-Forwarded-For is believed: `true` every peer,
 * `false` none, a number of proxies in front (the nearest hops, whatever their address: only for an
 * API that nothing else can reach), or their addresses and CIDRs (with proxy-addr's names
 * `loopback`, `linklocal`, `uniquelocal`). The client address is then the nearest one not trusted.
 */
export type TrustProxy = boolean | number | readonly string[];

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd(), terminal = process.stdout.isTTY === true): ApiConfig {
  const production = env.NODE_ENV === 'production';
  const allowTestPayments = bool(env, 'ALLOW_TEST_PAYMENTS', false);
  const stripe = stripeSettings(env);
  if (production && !stripe && !allowTestPayments) {
    throw new Error(
      'NODE_ENV=production but no STRIPE_SECRET_KEY is set: the API would take orders with the offline test payment provider, ' +
        'which moves no money. Set STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET, ' +
        'or ALLOW_TEST_PAYMENTS=true for a demo that must not take real orders.',
    );
  }
  return {
    port: int(env, 'PORT', 3000),
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(root, env.DATA_DIR ?? '.data'),
    embeddedPostgresPort: int(env, 'EMBEDDED_POSTGRES_PORT', 54329),
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, !production && terminal ? 'pretty' : 'json'),
    sessionTtlDays: int(env, 'SESSION_TTL_DAYS', 30),
    secureCookies: bool(env, 'COOKIE_SECURE', production),
    migrateOnStart: bool(env, 'MIGRATE_ON_START', true),
    demoData: bool(env, 'DEMO_DATA', !production),
    storefrontDir: path.resolve(root, env.STOREFRONT_DIR ?? 'dist/apps/storefront'),
    publicUrl: publicUrl(env, production),
    jobsEnabled: bool(env, 'JOBS_ENABLED', true),
    stripe,
    allowTestPayments,
    trustProxy: trustProxy(env),
    s3Media: s3MediaSettings(env),
  };
}

/** TRUST_PROXY: `true`, `false`, a number of proxies, or addresses and CIDRs separated by commas; default `loopback`. */
function trustProxy(env: NodeJS.ProcessEnv): TrustProxy {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return ['loopback'];
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^\d+$/.test(raw)) return Number(raw) || false;
  const trusted = raw.split(',').map((entry) => entry.trim());
  try {
    // Fastify compiles the list with the same library: what passes here, it accepts.
    proxyAddr.compile(trusted);
  } catch (error) {
    throw new Error(
      `TRUST_PROXY must be true, false, a number of proxies, or addresses and CIDRs separated by commas (or loopback, linklocal, uniquelocal), got "${raw}": ${(error as Error).message}`,
      { cause: error },
    );
  }
  return trusted;
}

/**
 * PUBLIC_URL: an http(s) origin such as `https://shop.example.com`. Production needs it: a request's
 * Host header is whatever the client sent, and must not decide the addresses search engines index.
 */
function publicUrl(env: NodeJS.ProcessEnv, production: boolean): string | undefined {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) {
    if (production) throw new Error('NODE_ENV=production needs PUBLIC_URL, the address the public reaches the site at (e.g. https://shop.example.com), for canonical links, link previews and the sitemap.');
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) address such as https://shop.example.com, got "${raw}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be an http(s) origin with no path, query or credentials, such as https://shop.example.com, got "${raw}"`);
  }
  return url.origin;
}

/**
 * Stripe needs all three keys: without the publishable key the buyer cannot pay (Elements), without
 * the webhook secret no payment is ever marked paid.
 */
function stripeSettings(env: NodeJS.ProcessEnv): StripeSettings | null {
  if (!env.STRIPE_SECRET_KEY) return null;
  const missing = ['STRIPE_PUBLISHABLE_KEY', 'STRIPE_WEBHOOK_SECRET'].filter((name) => !env[name]);
  if (missing.length) throw new Error(`STRIPE_SECRET_KEY is set, so ${missing.join(' and ')} must be set too`);
  return {
    secretKey: env.STRIPE_SECRET_KEY,
    publishableKey: env.STRIPE_PUBLISHABLE_KEY!,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET!,
    connectWebhookSecret: env.STRIPE_CONNECT_WEBHOOK_SECRET || null,
    apiBase: env.STRIPE_API_BASE || undefined,
  };
}

/** MEDIA_STORE=s3 needs a bucket and keys; the endpoint is for stores other than AWS (MinIO, R2, Ceph). */
function s3MediaSettings(env: NodeJS.ProcessEnv): S3MediaSettings | null {
  if (oneOf(env, 'MEDIA_STORE', ['local', 's3'] as const, 'local') === 'local') return null;
  const missing = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
  if (missing.length) throw new Error(`MEDIA_STORE=s3, so ${missing.join(', ')} must be set too`);
  return {
    endpoint: env.S3_ENDPOINT || undefined,
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', false),
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!values.includes(raw as T)) throw new Error(`${name} must be ${values.join(' or ')}, got "${raw}"`);
  return raw as T;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}
