import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database in .data, and the demo on', () => {
    const config = loadConfig({}, '/srv/flagship');
    expect(config).toMatchObject({
      port: 3000,
      production: false,
      databaseUrl: undefined,
      dataDir: '/srv/flagship/.data',
      secureCookies: false,
      migrateOnStart: true,
      demoData: true,
      storefrontDir: '/srv/flagship/dist/apps/storefront',
    });
  });

  it('hardens production: secure cookies, no demo data unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_TEST_PAYMENTS: 'true' })).toMatchObject({ secureCookies: true, demoData: false });
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_TEST_PAYMENTS: 'true', DEMO_DATA: 'true', COOKIE_SECURE: 'false' })).toMatchObject({
      secureCookies: false,
      demoData: true,
    });
  });

  it('refuses production on the offline test payment provider unless ALLOW_TEST_PAYMENTS=true', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/offline test payment provider.*ALLOW_TEST_PAYMENTS=true/s);
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_TEST_PAYMENTS: 'false' })).toThrow('ALLOW_TEST_PAYMENTS');
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_TEST_PAYMENTS: 'true' })).toMatchObject({ stripe: null, allowTestPayments: true });
    // Development and tests keep the offline provider by default.
    expect(loadConfig({})).toMatchObject({ stripe: null, allowTestPayments: false });
  });

  it('requires the publishable key and the webhook secret with a Stripe secret key', () => {
    const stripe = { STRIPE_SECRET_KEY: 'sk_live_x', STRIPE_PUBLISHABLE_KEY: 'pk_live_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' };
    expect(loadConfig({ NODE_ENV: 'production', ...stripe }).stripe).toMatchObject({ secretKey: 'sk_live_x', publishableKey: 'pk_live_x', webhookSecret: 'whsec_x' });
    expect(() => loadConfig({ NODE_ENV: 'production', ...stripe, STRIPE_WEBHOOK_SECRET: '' })).toThrow('STRIPE_WEBHOOK_SECRET must be set');
    expect(() => loadConfig({ NODE_ENV: 'production', ...stripe, STRIPE_PUBLISHABLE_KEY: undefined })).toThrow('STRIPE_PUBLISHABLE_KEY must be set');
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_x' })).toThrow('STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET');
  });

  it('logs pretty lines in development at a terminal, JSON lines otherwise', () => {
    expect(loadConfig({}, '/srv/flagship', true).logFormat).toBe('pretty');
    expect(loadConfig({}, '/srv/flagship', false).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_TEST_PAYMENTS: 'true' }, '/srv/flagship', true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, '/srv/flagship', true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }, '/srv/flagship', false).logFormat).toBe('pretty');
  });

  it('reads PORT and DATABASE_URL', () => {
    expect(loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://db/flagship' })).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://db/flagship',
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['SESSION_TTL_DAYS', '-1'],
    ['COOKIE_SECURE', 'maybe'],
    ['ALLOW_TEST_PAYMENTS', 'perhaps'],
    ['LOG_FORMAT', 'yaml'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
