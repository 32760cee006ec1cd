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
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example', ALLOW_TEST_PAYMENTS: 'true' })).toMatchObject({ secureCookies: true, demoData: false });
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example', ALLOW_TEST_PAYMENTS: 'true', DEMO_DATA: 'true', COOKIE_SECURE: 'false' })).toMatchObject({
      secureCookies: false,
      demoData: true,
    });
  });

  it('refuses production on the offline test payment provider unless ALLOW_TEST_PAYMENTS=true', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example' })).toThrow(/offline test payment provider.*ALLOW_TEST_PAYMENTS=true/s);
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example', ALLOW_TEST_PAYMENTS: 'false' })).toThrow('ALLOW_TEST_PAYMENTS');
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example', ALLOW_TEST_PAYMENTS: 'true' })).toMatchObject({ stripe: null, allowTestPayments: true });
    // Development and tests keep the offline provider by default.
    expect(loadConfig({})).toMatchObject({ stripe: null, allowTestPayments: false });
  });

  it('requires the publishable key and the webhook secret with a Stripe secret key', () => {
    const stripe = { STRIPE_SECRET_KEY: 'sk_live_x', STRIPE_PUBLISHABLE_KEY: 'pk_live_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' };
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example', ...stripe }).stripe).toMatchObject({ secretKey: 'sk_live_x', publishableKey: 'pk_live_x', webhookSecret: 'whsec_x' });
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example', ...stripe, STRIPE_WEBHOOK_SECRET: '' })).toThrow('STRIPE_WEBHOOK_SECRET must be set');
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example', ...stripe, STRIPE_PUBLISHABLE_KEY: undefined })).toThrow('STRIPE_PUBLISHABLE_KEY must be set');
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_x' })).toThrow('STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET');
  });

  it('logs pretty lines in development at a terminal, JSON lines otherwise', () => {
    expect(loadConfig({}, '/srv/flagship', true).logFormat).toBe('pretty');
    expect(loadConfig({}, '/srv/flagship', false).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example', ALLOW_TEST_PAYMENTS: 'true' }, '/srv/flagship', true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, '/srv/flagship', true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }, '/srv/flagship', false).logFormat).toBe('pretty');
  });

  it('reads PORT and DATABASE_URL', () => {
    expect(loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://db/flagship' })).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://db/flagship',
    });
  });

  describe('PUBLIC_URL', () => {
    const production = { NODE_ENV: 'production', ALLOW_TEST_PAYMENTS: 'true' };

    it('is the origin the public reaches the site at, without a trailing slash', () => {
      expect(loadConfig({ PUBLIC_URL: 'https://shop.example.com/' }).publicUrl).toBe('https://shop.example.com');
      expect(loadConfig({ PUBLIC_URL: ' http://localhost:8080 ' }).publicUrl).toBe('http://localhost:8080');
      expect(loadConfig({ ...production, PUBLIC_URL: 'https://Shop.Example.com:443' }).publicUrl).toBe('https://shop.example.com');
    });

    it('may be left out in development (the request names its host), not in production', () => {
      expect(loadConfig({}).publicUrl).toBeUndefined();
      expect(() => loadConfig(production)).toThrow(/^NODE_ENV=production needs PUBLIC_URL/);
      expect(() => loadConfig({ ...production, PUBLIC_URL: ' ' })).toThrow('needs PUBLIC_URL');
    });

    it.each(['shop.example.com', 'ftp://shop.example.com', 'https://shop.example.com/store', 'https://shop.example.com/?a=1', 'https://user:pw@shop.example.com'])(
      'refuses %s',
      (value) => {
        expect(() => loadConfig({ PUBLIC_URL: value })).toThrow(/^PUBLIC_URL must be an (absolute http\(s\) address|http\(s\) origin)/);
      },
    );
  });

  describe('TRUST_PROXY', () => {
    const trustProxy = (value?: string) => loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

    it('trusts a proxy on loopback only, by default', () => {
      expect(trustProxy()).toEqual(['loopback']);
      expect(trustProxy('')).toEqual(['loopback']);
    });

    it('reads true, false and a number of proxies', () => {
      expect(trustProxy('true')).toBe(true);
      expect(trustProxy('false')).toBe(false);
      expect(trustProxy('1')).toBe(1);
      expect(trustProxy(' 2 ')).toBe(2);
      expect(trustProxy('0')).toBe(false);
    });

    it('reads addresses, CIDRs and named ranges separated by commas', () => {
      expect(trustProxy('172.18.0.0/16')).toEqual(['172.18.0.0/16']);
      expect(trustProxy('10.0.0.5, fd00::/8,loopback , uniquelocal')).toEqual(['10.0.0.5', 'fd00::/8', 'loopback', 'uniquelocal']);
    });

    it.each(['nginx', '10.0.0.0/33', '10.0.0.1,', '-1', 'yes'])('refuses %s, saying what it takes', (value) => {
      expect(() => trustProxy(value)).toThrow(new RegExp(`^TRUST_PROXY must be true, false, a number of proxies, or addresses and CIDRs .*, got "${value}": invalid`));
    });
  });

  it('keeps media on local disk unless MEDIA_STORE=s3, which needs a bucket and keys', () => {
    expect(loadConfig({}).s3Media).toBeNull();
    expect(loadConfig({ MEDIA_STORE: 'local', S3_BUCKET: 'ignored' }).s3Media).toBeNull();
    expect(() => loadConfig({ MEDIA_STORE: 's3', S3_BUCKET: 'media' })).toThrow('MEDIA_STORE=s3, so S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY must be set too');
    expect(() => loadConfig({ MEDIA_STORE: 'gcs' })).toThrow('MEDIA_STORE must be local or s3');
    const s3 = { MEDIA_STORE: 's3', S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' };
    expect(loadConfig(s3).s3Media).toEqual({ endpoint: undefined, bucket: 'media', region: 'us-east-1', accessKeyId: 'key', secretAccessKey: 'secret', forcePathStyle: false });
    expect(loadConfig({ ...s3, S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'eu-central-1', S3_FORCE_PATH_STYLE: 'true' }).s3Media).toMatchObject({
      endpoint: 'http://minio:9000',
      region: 'eu-central-1',
      forcePathStyle: true,
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
