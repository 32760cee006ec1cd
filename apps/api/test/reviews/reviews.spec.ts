import { jest } from '@jest/globals';
import { RequestLoaders, Role } from '@flagship/api-core';
import { Product } from '@flagship/catalog';
import { EventLog } from '@flagship/events';
import { ReviewService } from '@flagship/reviews';
import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

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

  it('shows an unverified review from someone who did not buy it, and keeps the average and count', async () => {
    const { postReview } = await env.as.consumer.data<Posted>(POST, { input: { productId, rating: 2, body: 'Too firm for me.' } });
    expect(postReview).toMatchObject({ verifiedPurchase: false, author: { displayName: 'Ana Rider' } });
    expect(await summary()).toMatchObject({ ratingAverage: 3.5, ratingCount: 2 });
    expect((await summary()).reviews.nodes.map((r) => r.rating)).toEqual([2, 5]);
  });

  it('signs a review with the name its author goes by now: no copy kept to go stale', async () => {
    const [author] = await createShoppers(env, 1, []);
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
    const shoppers = await createShoppers(env, 30, []);
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
    const { postReview } = await env.as.manager.data<Posted>(POST, { input: { productId, rating: 4, body: 'Our best seller.' } });
    const query = `query($id: ID!) { review(id: $id) { id } }`;
    expect(await env.as.manager.data(query, { id: postReview.id })).toEqual({ review: { id: postReview.id } });
    expect(firstError(await env.as.consumer.request(query, { id: postReview.id })).code).toBe('NOT_FOUND');
    expect(firstError(await env.visitor().request(query, { id: postReview.id })).code).toBe('UNAUTHENTICATED');
  });

  it('leaves neither review nor event behind when a later step fails', async () => {
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
});
