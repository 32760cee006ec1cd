import { jest } from '@jest/globals';
import { EventLog } from '@flagship/events';
import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

const POST = `mutation($input: PostReviewInput!) { postReview(input: $input) { id rating body authorName verifiedPurchase } }`;
type Posted = { postReview: { id: string; rating: number; authorName: string; verifiedPurchase: boolean } };

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
      `{ product(slug: "ridgeline-saddle-comfort") { ratingAverage ratingCount reviews { nodes { rating verifiedPurchase authorName } } } }`,
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
    expect(postReview).toMatchObject({ verifiedPurchase: false, authorName: 'Ana Rider' });
    expect(await summary()).toMatchObject({ ratingAverage: 3.5, ratingCount: 2 });
    expect((await summary()).reviews.nodes.map((r) => r.rating)).toEqual([2, 5]);
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
    const spy = jest.spyOn(log, 'record').mockImplementationOnce(async (event) => {
      await original(event);
      throw new Error('failure injected after the event insert');
    });
    const result = await env.as.vendor.request(POST, { input: { productId, rating: 3, body: 'Average.' } });
    spy.mockRestore();
    expect(firstError(result).code).toBe('INTERNAL_SERVER_ERROR');
    expect([await env.count('review'), await env.count('platform_event')]).toEqual(before);
  });
});
