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
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ secureCookies: true, demoData: false });
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true', COOKIE_SECURE: 'false' })).toMatchObject({
      secureCookies: false,
      demoData: true,
    });
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
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
