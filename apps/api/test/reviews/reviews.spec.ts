import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { RequestLoaders, Role } from '@flagship/api-core';
import { Product } from '@flagship/catalog';
import { EventLog } from '@flagship/events';
import { ReviewService } from '@flagship/reviews';
import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { buy, CHECKOUT, checkoutInput, createBuyers, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

const POST = `mutation($input: PostReviewInput!) { postReview(input: $input) { id rating body author { displayName } verifiedPurchase } }`;
type Posted = { postReview: { id: string; rating: number; author: { displayName: string }; verifiedPurchase: boolean } };

describe('reviews and ratings', () => {
  let env: TestEnvironment;
  let productId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: productId }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-saddle-comfort'`);
  });
  afterAll(() => env.close());

  const summary = async () =>
    (await env.visitor().data<{ product: { ratingAverage: number; ratingCount: number; reviews: { nodes: { rating: number; verifiedPurchase: boolean }[] } } }>(
      `{ product(slug: "ridgeline-saddle-comfort") { ratingAverage ratingCount reviews { nodes { rating verifiedPurchase } } } }`,
    )).product;

  it('marks the review of someone who bought the product as a verified purchase, and records it', async () => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-SADDLE-COMFORT-1'), quantity: 1 }]);
    await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });

    const { postReview } = await buyer.data<Posted>(POST, { input: { productId, rating: 5, body: 'Comfortable on a 200 km day.' } });

    expect(postReview).toMatchObject({ rating: 5, verifiedPurchase: true });
    const events = await env.dataSource.query(`SELECT type, payload FROM platform_event WHERE subject_id = $1`, [postReview.id]);
    expect(events).toEqual([{ type: 'review.posted', payload: { productId, rating: 5, verifiedPurchase: true } }]);
  });

  it('refuses someone who has not bought the product, saying why, and writes nothing', async () => {
    const before = [await env.count('review'), await env.count('platform_event')];
    const refused = await env.as.consumer.request(POST, { input: { productId, rating: 2, body: 'Too firm for me.' } });
    expect(firstError(refused)).toEqual({ code: 'PURCHASE_REQUIRED', field: 'productId', message: 'Only buyers can review this product: you can review it once an order of it is paid' });
    expect([await env.count('review'), await env.count('platform_event')]).toEqual(before);
    expect(await summary()).toMatchObject({ ratingAverage: 5, ratingCount: 1 });
  });

  it('takes the review once they have bought it, and keeps the average and count', async () => {
    await buy(env, env.as.consumer, ['RIDGELINE-SADDLE-COMFORT-2']);
    const { postReview } = await env.as.consumer.data<Posted>(POST, { input: { productId, rating: 2, body: 'Too firm for me.' } });
    expect(postReview).toMatchObject({ verifiedPurchase: true, author: { displayName: 'Ana Rider' } });
    expect(await summary()).toMatchObject({ ratingAverage: 3.5, ratingCount: 2 });
    expect((await summary()).reviews.nodes.map((r) => r.rating)).toEqual([2, 5]);
  });

  it('does not count an order that is not paid, or that was refunded in full', async () => {
    const [{ id: chainId }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-chain-12'`);
    const [buyer] = await createBuyers(env, 1, ['RIDGELINE-CHAIN-12-1']);
    const [{ id: orderId }] = await env.dataSource.query(
      `SELECT o.id FROM shop_order o JOIN order_line l ON l.order_id = o.id WHERE l.product_id = $1 ORDER BY o.created_at DESC LIMIT 1`,
      [chainId],
    );
    const attempt = () => buyer.request(POST, { input: { productId: chainId, rating: 4, body: 'Shifts cleanly.' } });
    await env.dataSource.query(`UPDATE shop_order SET status = 'PENDING_PAYMENT' WHERE id = $1`, [orderId]);
    expect(firstError(await attempt()).code).toBe('PURCHASE_REQUIRED');
    await env.dataSource.query(`UPDATE shop_order SET status = 'PAID' WHERE id = $1`, [orderId]);
    await env.as.manager.data(`mutation($orderId: ID!, $key: ID!) { refundOrder(orderId: $orderId, refundKey: $key) { status } }`, { orderId, key: randomUUID() });
    expect(firstError(await attempt()).code).toBe('PURCHASE_REQUIRED');
  });

  it('signs a review with the name its author goes by now: no copy kept to go stale', async () => {
    const [author] = await createBuyers(env, 1, ['RIDGELINE-MULTITOOL-1']);
    const [{ id: multitoolId }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-multitool'`);
    await author.data<Posted>(POST, { input: { productId: multitoolId, rating: 4, body: 'Broke in after a week.' } });
    await author.data(`mutation { updateMyProfile(input: { displayName: "Rae Randonneur" }) { displayName } }`);
    const query = `{ product(slug: "ridgeline-multitool") { reviews { nodes { body author { displayName } } } } }`;
    expect(await env.visitor().data(query)).toEqual({ product: { reviews: { nodes: [{ body: 'Broke in after a week.', author: { displayName: 'Rae Randonneur' } }] } } });
    expect(firstError(await env.visitor().request(`{ product(slug: "ridgeline-multitool") { reviews { nodes { authorName } } } }`)).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('allows one review per shopper and product', async () => {
    const result = await env.as.consumer.request(POST, { input: { productId, rating: 4, body: 'Changed my mind.' } });
    expect(firstError(result)).toMatchObject({ code: 'CONFLICT', field: 'productId' });
    expect((await summary()).ratingCount).toBe(2);
  });

  it.each([
    [{ rating: 0 }, 'rating'],
    [{ rating: 6 }, 'rating'],
    [{ body: 'ok' }, 'body'],
    [{ productId: '00000000-0000-4000-8000-000000000000' }, 'productId'],
  ])('refuses %j', async (overrides, field) => {
    const result = await env.as.vendor.request(POST, { input: { productId, rating: 4, body: 'Fine saddle.', ...overrides } });
    expect(firstError(result).field).toBe(field);
  });

  it('keeps the rating summary exact when many shoppers review the same product at once', async () => {
    const [{ id: wrenchId }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-torque-wrench'`);
    const shoppers = await createBuyers(env, 30, ['RIDGELINE-TORQUE-WRENCH-1']);
    const ratings = shoppers.map((_, i) => (i % 5) + 1);

    const results = await Promise.all(shoppers.map((shopper, i) => shopper.request<Posted>(POST, { input: { productId: wrenchId, rating: ratings[i], body: 'Clicks cleanly.' } })));

    expect(results.filter((r) => r.errors)).toEqual([]);
    const [product] = await env.dataSource.query(`SELECT rating_average::float AS average, rating_count AS count FROM product WHERE id = $1`, [wrenchId]);
    const average = Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100;
    expect(product).toEqual({ average, count: 30 });
  });

  it('lists the reviews of a published product to everyone, signed out included: the product page shows them', async () => {
    const { product } = await env.visitor().data<{ product: { reviews: { nodes: { author: { displayName: string }; body: string }[] } } }>(
      `{ product(slug: "ridgeline-saddle-comfort") { reviews(first: 10) { nodes { author { displayName } body } } } }`,
    );
    expect(product.reviews.nodes.map((r) => r.body)).toEqual(['Too firm for me.', 'Comfortable on a 200 km day.']);
  });

  it('keeps the reviews of a product that is not published to brand managers', async () => {
    await env.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE id = $1`, [productId]);
    try {
      const query = `{ product(slug: "ridgeline-saddle-comfort") { reviews { nodes { body } } } }`;
      expect(await env.visitor().data(query)).toEqual({ product: null });
      const { product } = await env.as.manager.data<{ product: { reviews: { nodes: unknown[] } } }>(query);
      expect(product.reviews.nodes).toHaveLength(2);
      // Other paths to a Product (e.g. a cart line) must not reveal them either: the rule is in the service.
      const service = env.app.get(ReviewService);
      const draft = Object.assign(new Product(), { id: productId, status: 'DRAFT' });
      expect((await service.forProduct(new RequestLoaders(), draft, { accountId: 'a', roles: new Set([Role.CONSUMER]), memberships: [], sessionId: 's' }, 10)).nodes).toEqual([]);
      expect((await service.forProduct(new RequestLoaders(), draft, undefined, 10)).nodes).toEqual([]);
    } finally {
      await env.dataSource.query(`UPDATE product SET status = 'PUBLISHED' WHERE id = $1`, [productId]);
    }
  });

  it('is readable by id only by its author and brand managers', async () => {
    await buy(env, env.as.manager, ['RIDGELINE-SADDLE-COMFORT-1']);
    const { postReview } = await env.as.manager.data<Posted>(POST, { input: { productId, rating: 4, body: 'Our best seller.' } });
    const query = `query($id: ID!) { review(id: $id) { id } }`;
    expect(await env.as.manager.data(query, { id: postReview.id })).toEqual({ review: { id: postReview.id } });
    expect(firstError(await env.as.consumer.request(query, { id: postReview.id })).code).toBe('NOT_FOUND');
    expect(firstError(await env.visitor().request(query, { id: postReview.id })).code).toBe('UNAUTHENTICATED');
  });

  it('leaves neither review nor event behind when a later step fails', async () => {
    await buy(env, env.as.vendor, ['RIDGELINE-SADDLE-COMFORT-1']);
    const before = [await env.count('review'), await env.count('platform_event')];
    const log = env.app.get(EventLog);
    const original = log.record.bind(log);
    const spy = jest.spyOn(log, 'record').mockImplementationOnce(async (type, event) => {
      await original(type, event);
      throw new Error('failure injected after the event insert');
    });
    const result = await env.as.vendor.request(POST, { input: { productId, rating: 3, body: 'Average.' } });
    spy.mockRestore();
    expect(firstError(result).code).toBe('INTERNAL_SERVER_ERROR');
    expect([await env.count('review'), await env.count('platform_event')]).toEqual(before);
  });
  describe('whether the viewer may review', () => {
    const ELIGIBILITY = `{ product(slug: "ridgeline-work-stand") { viewerCanReview reviewEligibility } }`;

    it('tells the product page whether the viewer may review it, or why not: the rule postReview applies', async () => {
      const [{ id: standId }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-work-stand'`);
      expect(await env.visitor().data(ELIGIBILITY)).toEqual({ product: { viewerCanReview: false, reviewEligibility: 'SIGN_IN_REQUIRED' } });
      const [shopper] = await createShoppers(env, 1, []);
      expect(await shopper.data(ELIGIBILITY)).toEqual({ product: { viewerCanReview: false, reviewEligibility: 'PURCHASE_REQUIRED' } });

      const [buyer] = await createBuyers(env, 1, ['RIDGELINE-WORK-STAND-1']);
      expect(await buyer.data(ELIGIBILITY)).toEqual({ product: { viewerCanReview: true, reviewEligibility: 'CAN_REVIEW' } });
      await buyer.data(POST, { input: { productId: standId, rating: 5, body: 'Folds flat behind the door.' } });
      expect(await buyer.data(ELIGIBILITY)).toEqual({ product: { viewerCanReview: false, reviewEligibility: 'ALREADY_REVIEWED' } });

      // A product taken off sale takes no reviews, even from its buyers (a brand manager still sees it).
      await buy(env, env.as.manager, ['RIDGELINE-WORK-STAND-1']);
      await env.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE id = $1`, [standId]);
      try {
        expect(await env.as.manager.data(ELIGIBILITY)).toEqual({ product: { viewerCanReview: false, reviewEligibility: 'NOT_FOR_SALE' } });
      } finally {
        await env.dataSource.query(`UPDATE product SET status = 'PUBLISHED' WHERE id = $1`, [standId]);
      }
      expect(await env.as.manager.data(ELIGIBILITY)).toEqual({ product: { viewerCanReview: true, reviewEligibility: 'CAN_REVIEW' } });
    });

    it('answers for a whole catalog page in the same statements, whatever its size', async () => {
      const [buyer] = await createBuyers(env, 1, ['RIDGELINE-CHAIN-12-1', 'COMMUTER-8-1']);
      const statements = async (first: number) => {
        env.queries.length = 0;
        const { products } = await buyer.data<{ products: { nodes: { slug: string; viewerCanReview: boolean }[] } }>(
          `query($first: Int!) { products(first: $first, sort: NAME) { nodes { slug viewerCanReview } } }`,
          { first },
        );
        expect(products.nodes).toHaveLength(first);
        return { count: env.queries.length, reviewable: products.nodes.filter((p) => p.viewerCanReview).map((p) => p.slug).sort() };
      };
      const all = await statements(12);
      expect(all.reviewable).toEqual(['commuter-8', 'ridgeline-chain-12']);
      expect((await statements(3)).count).toBe(all.count);
    });
  });
});
