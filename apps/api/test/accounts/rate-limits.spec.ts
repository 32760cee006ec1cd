import { RateLimiter } from '@flagship/rate-limits';
import { firstError, type GraphQLResult } from '@flagship/testing';
import { buy } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { account { email } } }`;
const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { account { id } } }`;
const POST_REVIEW = `mutation($input: PostReviewInput!) { postReview(input: $input) { id } }`;
const RIGHT = 'ridgeline-demo';

/**
 * The limits a security review found missing, with the platform's real numbers: 10 attempts per
 * account and 50 per client address in 15 minutes to sign in, 5 sign-ups per address and 10 reviews
 * per account in an hour. Counts live in PostgreSQL; "time passing" is the windows' ends moved back.
 */
describe('rate limits', () => {
  let env: TestEnvironment;
  let addresses = 0;
  /** A client address no other test uses. */
  const freshAddress = () => `198.51.100.${++addresses}`;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const logIn = (address: string, email: string, password: string) => env.visitor(address).request(LOG_IN, { input: { email, password } });
  const retryAfter = (result: GraphQLResult<unknown>) => result.errors?.[0].extensions?.retryAfterSeconds as number;
  /** Every rate-limit window ends `seconds` earlier: as if that much time had passed. */
  const pass = (seconds: number) => env.dataSource.query(`UPDATE rate_limit SET expire = expire - $1`, [seconds * 1000]);

  describe('signing in', () => {
    it('ends 100 wrong passwords in a minute in RATE_LIMITED, and refuses the right password until the retry time', async () => {
      const address = freshAddress();
      const codes: unknown[] = [];
      for (let i = 0; i < 100; i++) codes.push(firstError(await logIn(address, 'ben@riders.example', `wrong-${i}`)).code);

      expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
      expect(codes.slice(10)).toEqual(Array(90).fill('RATE_LIMITED'));

      const refused = await logIn(address, 'ben@riders.example', RIGHT);
      expect(firstError(refused)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many .*\. Try again in 1[45] minutes\.$/) });
      expect(retryAfter(refused)).toBeGreaterThan(14 * 60);
      expect(retryAfter(refused)).toBeLessThanOrEqual(15 * 60);
      expect(refused.headers.getSetCookie()).toEqual([]);
      // The account is protected wherever the next attempt comes from.
      const elsewhere = await logIn(freshAddress(), 'ben@riders.example', RIGHT);
      expect(firstError(elsewhere)).toEqual({
        code: 'RATE_LIMITED',
        field: undefined,
        message: expect.stringMatching(/^Too many attempts to sign in to this account\. Try again in 1[45] minutes\.$/),
      });

      // Still refused just before the retry time…
      await pass(retryAfter(elsewhere) - 5);
      expect(firstError(await logIn(freshAddress(), 'ben@riders.example', RIGHT)).code).toBe('RATE_LIMITED');
      // …and let in once it has come.
      await pass(10);
      const client = env.visitor(address);
      expect(await client.data(LOG_IN, { input: { email: 'ben@riders.example', password: RIGHT } })).toEqual({ logIn: { account: { email: 'ben@riders.example' } } });
      expect(client.sessionCookie).toBeDefined();
    });

    it('answers an email without an account exactly as one with an account', async () => {
      const address = freshAddress();
      const results = [];
      for (let i = 0; i < 11; i++) results.push(firstError(await logIn(address, 'nobody-here@riders.example', `guess-${i}`)));

      expect(results.slice(0, 10)).toEqual(Array(10).fill({ code: 'UNAUTHENTICATED', field: undefined, message: 'Email or password is incorrect' }));
      expect(results[10]).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many attempts to sign in to this account\./) });
    });

    it('counts parallel guesses exactly: no more than 10 passwords are checked', async () => {
      const address = freshAddress();
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => logIn(address, 'chloe@riders.example', `parallel-${i}`)));
      const codes = results.map((result) => firstError(result).code);

      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
      expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(20);
    });

    it('limits one client address trying many accounts, and no other address', async () => {
      const address = freshAddress();
      for (let i = 0; i < 50; i++) expect(firstError(await logIn(address, `stuffed-${i}@riders.example`, 'password123')).code).toBe('UNAUTHENTICATED');

      const refused = await logIn(address, 'ana@riders.example', RIGHT);
      expect(firstError(refused)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many sign-in attempts from your network\. Try again in 1[45] minutes\.$/) });
      expect((await logIn(freshAddress(), 'ana@riders.example', RIGHT)).errors).toBeUndefined();
    });

    it('does not count a right password, and clears the account’s count', async () => {
      const address = freshAddress();
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 9; i++) expect(firstError(await logIn(address, 'ana@riders.example', `typo-${round}-${i}`)).code).toBe('UNAUTHENTICATED');
        expect((await logIn(address, 'ana@riders.example', RIGHT)).errors).toBeUndefined();
      }
      // 27 wrong and 3 right from this address: 20 attempts left before its limit of 50.
      for (let i = 0; i < 20; i++) expect((await logIn(address, 'ana@riders.example', RIGHT)).errors).toBeUndefined();
    });
  });

  describe('signing up', () => {
    const input = (email: string) => ({ email, password: 'correct-horse-battery-staple', displayName: 'Fresh Rider' });

    it('allows 5 new accounts an hour from one client address: 10 fresh accounts for a one-star bomb are not to be had', async () => {
      const address = freshAddress();
      const accounts = await env.count('account');
      const results = [];
      for (let i = 0; i < 10; i++) results.push(await env.visitor(address).request(SIGN_UP, { input: input(`bomber-${i}@example.com`) }));

      expect(results.slice(0, 5).map((result) => result.errors)).toEqual(Array(5).fill(undefined));
      const refused = results.slice(5).map(firstError);
      expect(refused).toEqual(Array(5).fill({ code: 'RATE_LIMITED', field: undefined, message: 'Too many new accounts from your network. Try again in 60 minutes.' }));
      expect(retryAfter(results[9])).toBeGreaterThan(59 * 60);
      expect(await env.count('account')).toBe(accounts + 5);
      expect(results[9].headers.getSetCookie()).toEqual([]);
      // Another network signs up as usual.
      expect((await env.visitor(freshAddress()).request(SIGN_UP, { input: input('neighbour@example.com') })).errors).toBeUndefined();
    });

    it('counts attempts, so trying which emails have an account is limited too', async () => {
      const address = freshAddress();
      for (let i = 0; i < 5; i++) expect(firstError(await env.visitor(address).request(SIGN_UP, { input: input('ana@riders.example') })).code).toBe('CONFLICT');
      expect(firstError(await env.visitor(address).request(SIGN_UP, { input: input('ben@riders.example') })).code).toBe('RATE_LIMITED');
    });
  });

  describe('posting reviews', () => {
    it('allows one account 10 reviews an hour', async () => {
      const products: { id: string; sku: string }[] = await env.dataSource.query(
        `SELECT p.id, (SELECT v.sku FROM product_variant v WHERE v.product_id = p.id AND v.stock > 0 ORDER BY v.position LIMIT 1) AS sku
           FROM product p WHERE p.status = 'PUBLISHED' AND p.seller_kind = 'BRAND' ORDER BY p.name LIMIT 11`,
      );
      expect(products).toHaveLength(11);
      const reviewer = env.visitor(freshAddress());
      await reviewer.data(SIGN_UP, { input: { email: 'prolific@example.com', password: 'correct-horse-battery-staple', displayName: 'Prolific' } });
      // Reviews come from buyers: one order of all eleven.
      await buy(env, reviewer, products.map((product) => product.sku));

      for (const product of products.slice(0, 10)) await reviewer.data(POST_REVIEW, { input: { productId: product.id, rating: 1, body: 'Meh.' } });
      const refused = await reviewer.request(POST_REVIEW, { input: { productId: products[10].id, rating: 1, body: 'Meh.' } });

      expect(firstError(refused)).toEqual({ code: 'RATE_LIMITED', field: undefined, message: 'You have posted many reviews in a short time. Try again in 60 minutes.' });
      const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM review WHERE product_id = $1`, [products[10].id]);
      expect(n).toBe(0);
    });
  });

  describe('the counters', () => {
    it('are shared by every API process: a second process sees the first one’s count', async () => {
      const address = freshAddress();
      for (let i = 0; i < 10; i++) await logIn(address, 'vendor.guess@riders.example', `wrong-${i}`);
      // A limiter of its own on the same database, as another API process has.
      const other = new RateLimiter({ url: (env.dataSource.options as { url: string }).url });
      try {
        await expect(
          other.consume({ name: 'log-in-per-account', points: 10, durationSeconds: 900, refusal: 'Too many attempts' }, 'vendor.guess@riders.example'),
        ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
      } finally {
        await other.onApplicationShutdown();
      }
    });

    it('keep no email or client address in the clear, and ended windows are purged', async () => {
      const keys: { key: string }[] = await env.dataSource.query(`SELECT key FROM rate_limit`);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter(({ key }) => /@|198\.51\.100/.test(key))).toEqual([]);

      await env.dataSource.query(`UPDATE rate_limit SET expire = (extract(epoch FROM now()) * 1000)::bigint - 1000 WHERE key LIKE 'log-in-per-account:%'`);
      const purged = await env.app.get(RateLimiter).purgeEnded();

      expect(purged).toBeGreaterThan(0);
      const [{ ended, open }] = await env.dataSource.query(
        `SELECT count(*) FILTER (WHERE key LIKE 'log-in-per-account:%')::int AS ended, count(*)::int AS open FROM rate_limit`,
      );
      expect(ended).toBe(0);
      expect(open).toBeGreaterThan(0);
    });
  });
});
