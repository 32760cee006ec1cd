import path from 'node:path';
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
  databasePoolSize: number;
  sessionTtlDays: number;
  secureCookies: boolean;
  /** Run pending migrations when the API starts. */
  migrateOnStart: boolean;
  /** Create the Ridgeline Cycles demo on a database that has no brand yet. */
  demoData: boolean;
  /** Built storefront served at `/`; missing folder means API only. */
  storefrontDir: string;
  /** Background jobs (pg-boss): reservation expiry and payment reconciliation. */
  jobsEnabled: boolean;
  /** Real payments when STRIPE_SECRET_KEY is set; otherwise the offline test provider. */
  stripe: StripeSettings | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ApiConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: int(env, 'PORT', 3000),
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(root, env.DATA_DIR ?? '.data'),
    embeddedPostgresPort: int(env, 'EMBEDDED_POSTGRES_PORT', 54329),
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    sessionTtlDays: int(env, 'SESSION_TTL_DAYS', 30),
    secureCookies: bool(env, 'COOKIE_SECURE', production),
    migrateOnStart: bool(env, 'MIGRATE_ON_START', true),
    demoData: bool(env, 'DEMO_DATA', !production),
    storefrontDir: path.resolve(root, env.STOREFRONT_DIR ?? 'dist/apps/storefront'),
    jobsEnabled: bool(env, 'JOBS_ENABLED', true),
    stripe: env.STRIPE_SECRET_KEY
      ? {
          secretKey: env.STRIPE_SECRET_KEY,
          publishableKey: env.STRIPE_PUBLISHABLE_KEY || null,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET || null,
          apiBase: env.STRIPE_API_BASE || undefined,
        }
      : null,
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}
