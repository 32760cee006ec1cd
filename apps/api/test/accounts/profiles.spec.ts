import { firstError } from '@flagship/testing';
import { buy, createBuyers } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const MEMBER = `query($id: ID!) { member(id: $id) { id displayName avatarUrl bio joinedAt badges { kind label } } }`;
const UPDATE = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { displayName bio } }`;
const PRODUCT_REVIEWS = `query($slug: String!) { product(slug: $slug) { reviews(first: 20) { nodes { body author { id displayName badges { kind label } } } } } }`;
const POST = `mutation($input: PostReviewInput!) { postReview(input: $input) { id } }`;
const MEMBER_REVIEWS = `query($id: ID!, $after: String) { member(id: $id) { reviews(first: 2, after: $after) { nodes { body product { name slug } } pageInfo { hasNextPage endCursor } } } }`;

type ProductReviews = { product: { reviews: { nodes: { body: string; author: { id: string; displayName: string; badges: { kind: string; label: string }[] } }[] } } };

describe('public member profiles', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const accountId = async (email: string) => (await env.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]))[0].id as string;
  /** The first variant of a demo product (reviews come from buyers). */
  const skuOf = (slug: string) => `${slug}-1`.toUpperCase();
  const productId = async (slug: string) => (await env.dataSource.query(`SELECT id FROM product WHERE slug = $1`, [slug]))[0].id as string;
  const signIn = async (email: string) => {
    const client = env.visitor();
    await client.data(`mutation($email: String!) { logIn(input: { email: $email, password: "ridgeline-demo" }) { account { id } } }`, { email });
    return client;
  };

  it('shows anyone, visitors included, a member’s name, bio, joined date and badges, and never an email', async () => {
    const id = await accountId('fitting@velofit.example');
    const { member } = await env.visitor().data<{ member: Record<string, unknown> }>(MEMBER, { id });
    expect(member).toEqual({ id, displayName: 'VeloFit Studio', avatarUrl: null, bio: null, joinedAt: expect.any(String), badges: [{ kind: 'VENDOR', label: 'VeloFit Studio' }] });
    expect(firstError(await env.visitor().request(`query($id: ID!) { member(id: $id) { email } }`, { id })).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers null for a member that does not exist and BAD_USER_INPUT for a malformed id', async () => {
    expect(await env.visitor().data(MEMBER, { id: '00000000-0000-4000-8000-000000000000' })).toEqual({ member: null });
    expect(firstError(await env.visitor().request(MEMBER, { id: 'nobody' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lets a member change their own display name and bio, checked, and shows the change to everyone', async () => {
    const ben = await signIn('ben@riders.example');
    const id = await accountId('ben@riders.example');

    expect(await ben.data(UPDATE, { input: { displayName: '  Ben the Climber ', bio: 'Alpine passes on a steel tourer.' } })).toEqual({
      updateMyProfile: { displayName: 'Ben the Climber', bio: 'Alpine passes on a steel tourer.' },
    });
    expect(await env.visitor().data(MEMBER, { id })).toMatchObject({ member: { displayName: 'Ben the Climber', bio: 'Alpine passes on a steel tourer.' } });

    expect(firstError(await ben.request(UPDATE, { input: { bio: 'x'.repeat(281) } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bio' });
    expect(firstError(await ben.request(UPDATE, { input: { displayName: '   ' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    // Leaving a field out keeps it; an empty bio removes it.
    expect(await ben.data(UPDATE, { input: { bio: '' } })).toEqual({ updateMyProfile: { displayName: 'Ben the Climber', bio: null } });
    expect(firstError(await env.visitor().request(UPDATE, { input: { bio: 'Not mine' } })).code).toBe('UNAUTHENTICATED');
  });

  it('shows each review’s author as a member, with the badges that tell the brand’s staff from a namesake', async () => {
    const slug = 'ridgeline-saddle-comfort';
    const input = { productId: await productId(slug), rating: 5 };
    const [namesake] = await createBuyers(env, 1, [skuOf(slug)]);
    await buy(env, env.as.manager, [skuOf(slug)]);
    await buy(env, env.as.vendor, [skuOf(slug)]);
    await namesake.data(UPDATE, { input: { displayName: 'Maya Brandt' } });
    await namesake.data(POST, { input: { ...input, body: 'Official word from the brand: buy two.' } });
    await env.as.manager.data(POST, { input: { ...input, body: 'We designed it for long days.' } });
    await env.as.vendor.data(POST, { input: { ...input, body: 'Our fitting clients love it.' } });

    const { product } = await env.visitor().data<ProductReviews>(PRODUCT_REVIEWS, { slug });
    const byBody = Object.fromEntries(product.reviews.nodes.map((review) => [review.body, review.author]));
    expect(byBody['Official word from the brand: buy two.']).toMatchObject({ displayName: 'Maya Brandt', badges: [] });
    expect(byBody['We designed it for long days.']).toMatchObject({ displayName: 'Maya Brandt', badges: [{ kind: 'BRAND_STAFF', label: 'Brand staff' }] });
    expect(byBody['Our fitting clients love it.']).toMatchObject({ displayName: 'VeloFit Studio', badges: [{ kind: 'VENDOR', label: 'VeloFit Studio' }] });
  });

  it('loads the authors and badges of a page of reviews in the same number of statements for 2 reviews as for 8', async () => {
    const statementsFor = async (slug: string, reviewers: number) => {
      const shoppers = await createBuyers(env, reviewers, [skuOf(slug)]);
      for (const shopper of shoppers) await shopper.data(POST, { input: { productId: await productId(slug), rating: 4, body: 'Solid.' } });
      env.queries.length = 0;
      const { product } = await env.visitor().data<ProductReviews>(PRODUCT_REVIEWS, { slug });
      expect(product.reviews.nodes).toHaveLength(reviewers);
      return env.queries.length;
    };
    expect(await statementsFor('ridgeline-chain-12', 2)).toBe(await statementsFor('ridgeline-tyre-45', 8));
  });

  it('loads the reviews of every member in a list in the same number of statements for 2 members as for 8 (no query per member)', async () => {
    // The brand manager's list of moderators, with each one's profile reviews.
    const MODERATORS = `{ accounts(role: MODERATOR) { member { reviews(first: 2) { nodes { body product { name } } pageInfo { hasNextPage } } } } }`;
    type Page = { accounts: { member: { reviews: { nodes: { body: string }[]; pageInfo: { hasNextPage: boolean } } } }[] };
    const addModerators = async (count: number) => {
      for (const shopper of await createBuyers(env, count, ['ridgeline-multitool', 'ridgeline-torque-wrench', 'ridgeline-work-stand'].map(skuOf))) {
        const { me } = await shopper.data<{ me: { id: string } }>(`{ me { id } }`);
        await env.as.manager.data(`mutation($id: ID!) { grantRole(accountId: $id, role: MODERATOR) { id } }`, { id: me.id });
        for (const slug of ['ridgeline-multitool', 'ridgeline-torque-wrench', 'ridgeline-work-stand']) {
          await shopper.data(POST, { input: { productId: await productId(slug), rating: 4, body: `On the ${slug}.` } });
        }
      }
    };
    const statements = async (moderators: number) => {
      env.queries.length = 0;
      const { accounts } = await env.as.manager.data<Page>(MODERATORS);
      expect(accounts).toHaveLength(moderators);
      for (const { member } of accounts) {
        expect(member.reviews.nodes.map((r) => r.body)).toEqual(['On the ridgeline-work-stand.', 'On the ridgeline-torque-wrench.']);
        expect(member.reviews.pageInfo.hasNextPage).toBe(true);
      }
      return env.queries.length;
    };
    await addModerators(2);
    const two = await statements(2);
    await addModerators(6);
    expect(await statements(8)).toBe(two);
  });

  it('loads the reviews of every product on a page in the same number of statements for 2 products as for 6', async () => {
    const PAGE = `query($first: Int!) { products(first: $first, sort: NAME, filter: { sellerKind: BRAND }) { nodes { name reviews(first: 3) { nodes { rating author { displayName } } } } } }`;
    const { products } = await env.visitor().data<{ products: { nodes: { name: string }[] } }>(`{ products(first: 6, sort: NAME, filter: { sellerKind: BRAND }) { nodes { name slug } } }`);
    const [reviewer] = await createBuyers(env, 1, (products.nodes as unknown as { slug: string }[]).map(({ slug }) => skuOf(slug)));
    for (const { slug } of products.nodes as unknown as { slug: string }[]) await reviewer.data(POST, { input: { productId: await productId(slug), rating: 3, body: 'Fine.' } });
    const statementsFor = async (first: number) => {
      env.queries.length = 0;
      const page = await env.visitor().data<{ products: { nodes: { reviews: { nodes: unknown[] } }[] } }>(PAGE, { first });
      expect(page.products.nodes.every((node) => node.reviews.nodes.length > 0)).toBe(true);
      return env.queries.length;
    };
    expect(await statementsFor(2)).toBe(await statementsFor(6));
  });

  it('lists a member’s reviews on their profile, page by page, without those of products the viewer may not see', async () => {
    const [reviewer] = await createBuyers(env, 1, ['commuter-8', 'tourer-steel', 'crestline-trail'].map(skuOf));
    const { me } = await reviewer.data<{ me: { id: string } }>(`{ me { id } }`);
    for (const slug of ['commuter-8', 'tourer-steel', 'crestline-trail']) {
      await reviewer.data(POST, { input: { productId: await productId(slug), rating: 3, body: `About the ${slug}` } });
    }
    await env.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE slug = 'tourer-steel'`);
    try {
      type Page = { member: { reviews: { nodes: { body: string; product: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
      const first = await env.visitor().data<Page>(MEMBER_REVIEWS, { id: me.id });
      expect(first.member.reviews.nodes.map((r) => r.product.slug)).toEqual(['crestline-trail', 'commuter-8']);
      expect(first.member.reviews.pageInfo.hasNextPage).toBe(false);

      const managerView = await env.as.manager.data<Page>(MEMBER_REVIEWS, { id: me.id });
      expect(managerView.member.reviews.nodes.map((r) => r.product.slug)).toEqual(['crestline-trail', 'tourer-steel']);
      expect(managerView.member.reviews.pageInfo.hasNextPage).toBe(true);
      const next = await env.as.manager.data<Page>(MEMBER_REVIEWS, { id: me.id, after: managerView.member.reviews.pageInfo.endCursor });
      expect(next.member.reviews.nodes.map((r) => r.product.slug)).toEqual(['commuter-8']);
    } finally {
      await env.dataSource.query(`UPDATE product SET status = 'PUBLISHED' WHERE slug = 'tourer-steel'`);
    }
  });
});
