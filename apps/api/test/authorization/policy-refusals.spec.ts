import { randomUUID } from 'node:crypto';
import { declaredRules, Role, type Viewer } from '@flagship/api-core';
import { Order, OrderService, OrderStatus } from '@flagship/orders';
import { PaymentStatus, type Payment } from '@flagship/payments';
import { firstError, type GraphQLResult, type GraphQLTestClient } from '@flagship/testing';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * One refusal per declared resource rule, through GraphQL as the refused person would meet it, plus
 * the check that the table below covers every rule the platform declares: a new rule without a
 * refusal here fails the last test. (Rules that admit everyone have nothing to refuse; they are listed
 * with what they let in.)
 */
describe('each resource rule refuses whom it should', () => {
  let env: TestEnvironment;
  let buyer: GraphQLTestClient;
  let orderId: string;
  let draftProductId: string;
  let draftVariantId: string;
  let reviewId: string;
  let shippingId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    shippingId = await standardShippingId(env);
    [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1'), quantity: 1 }]);
    orderId = (await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout.order.id;
    const [{ id: productId }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-chain-12'`);
    reviewId = (await buyer.data<{ postReview: { id: string } }>(`mutation($input: PostReviewInput!) { postReview(input: $input) { id } }`, {
      input: { productId, rating: 4, body: 'Shifts cleanly.' },
    })).postReview.id;
    const [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
    const created = await env.as.manager.data<{ createProduct: { id: string; variants: { id: string }[] } }>(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { id variants { id } } }`,
      { input: { name: 'Prototype Crank', description: 'Not for sale yet.', categoryId, currency: 'EUR', variants: [{ sku: 'PROTO-CRANK', name: 'Standard', priceMinor: 99_00, stock: 3 }] } },
    );
    draftProductId = created.createProduct.id;
    draftVariantId = created.createProduct.variants[0].id;
  });
  afterAll(() => env.close());

  const code = (result: GraphQLResult) => firstError(result).code;
  const someAccountId = async () => (await env.dataSource.query(`SELECT id FROM account WHERE email = 'chloe@riders.example'`))[0].id as string;

  const refusals: Record<string, () => Promise<void>> = {
    'account.manage_roles': async () => {
      const result = await env.as.consumer.request(`mutation($id: ID!) { grantRole(accountId: $id, role: MODERATOR) { id } }`, { id: await someAccountId() });
      expect(code(result)).toBe('FORBIDDEN');
      expect(await env.count('account_role')).toBe(3);
    },
    'account.grant_badges': async () => {
      const result = await env.as.vendor.request(`mutation($id: ID!) { grantBadge(accountId: $id, badge: EXPERT) { id } }`, { id: await someAccountId() });
      expect(code(result)).toBe('FORBIDDEN');
      expect(await env.count('member_badge')).toBe(0);
    },
    'product.read': async () => {
      const [{ slug }] = await env.dataSource.query(`SELECT slug FROM product WHERE id = $1`, [draftProductId]);
      expect(await env.as.consumer.data(`query($slug: String!) { product(slug: $slug) { id } }`, { slug })).toEqual({ product: null });
      expect(await env.as.manager.data(`query($slug: String!) { product(slug: $slug) { id } }`, { slug })).toEqual({ product: { id: draftProductId } });
    },
    'product.buy': async () => {
      const result = await env.as.consumer.request(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: draftVariantId });
      expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'variantId' });
      // A manager may see the draft but cannot buy it either: buying follows the product's state.
      expect(code(await env.as.manager.request(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: draftVariantId }))).toBe('NOT_FOUND');
    },
    'product.manage': async () => {
      const result = await env.as.vendor.request(`mutation($id: ID!) { setProductStatus(id: $id, status: PUBLISHED) { status } }`, { id: draftProductId });
      expect(code(result)).toBe('FORBIDDEN');
      expect((await env.dataSource.query(`SELECT status FROM product WHERE id = $1`, [draftProductId]))[0].status).toBe('DRAFT');
    },
    'order.read': async () => {
      expect(code(await env.as.consumer.request(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId }))).toBe('NOT_FOUND');
    },
    'order.pay': async () => {
      // Only the buyer gets the client secret of a payment still waiting; a brand manager reading the order does not.
      const order = Object.assign(new Order(), { id: orderId, accountId: 'the-buyer', status: OrderStatus.PENDING_PAYMENT });
      const payment = { provider: 'stripe', status: PaymentStatus.PENDING, testMode: false, clientSecret: 'pi_secret' } as Payment;
      const viewer = (accountId: string, roles: Role[] = []): Viewer => ({ accountId, roles: new Set([Role.CONSUMER, ...roles]), memberships: [], sessionId: 's' });
      const orders = env.app.get(OrderService);
      expect(orders.paymentView(order, payment, viewer('a-manager', [Role.BRAND_MANAGER])).clientSecret).toBeNull();
      expect(orders.paymentView(order, payment, viewer('the-buyer')).clientSecret).toBe('pi_secret');
    },
    'order.fulfil': async () => {
      expect(code(await buyer.request(`mutation($id: ID!) { fulfilOrder(id: $id) { status } }`, { id: orderId }))).toBe('FORBIDDEN');
    },
    'order.refund': async () => {
      const result = await buyer.request(`mutation($id: ID!, $key: ID!) { refundOrder(orderId: $id, refundKey: $key) { status } }`, { id: orderId, key: randomUUID() });
      expect(code(result)).toBe('FORBIDDEN');
      expect(await env.count('refund')).toBe(0);
    },
    'shipping_method.choose': async () => {
      const { createShippingMethod } = await env.as.manager.data<{ createShippingMethod: { id: string } }>(
        `mutation { createShippingMethod(input: { name: "Retired courier", priceMinor: 500, currency: "EUR", active: false }) { id } }`,
      );
      const [shopper] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1'), quantity: 1 }]);
      const orders = await env.count('shop_order');
      expect(firstError(await shopper.request(CHECKOUT, { input: checkoutInput(createShippingMethod.id) }))).toMatchObject({ code: 'NOT_FOUND', field: 'shippingMethodId' });
      expect(await env.count('shop_order')).toBe(orders);
    },
    'shipping_method.manage': async () => {
      expect(code(await env.as.consumer.request(`mutation($id: ID!) { updateShippingMethod(id: $id, input: { priceMinor: 1 }) { id } }`, { id: shippingId }))).toBe('FORBIDDEN');
    },
    'review.read': async () => {
      expect(code(await env.as.consumer.request(`query($id: ID!) { review(id: $id) { id } }`, { id: reviewId }))).toBe('NOT_FOUND');
    },
    'review.post': async () => {
      const result = await env.as.consumer.request(`mutation($input: PostReviewInput!) { postReview(input: $input) { id } }`, {
        input: { productId: draftProductId, rating: 5, body: 'Reviewing before it is out.' },
      });
      expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'productId' });
    },
  };

  const admitted: Record<string, () => Promise<void>> = {
    'member.read': async () => {
      const id = await someAccountId();
      expect(await env.visitor().data(`query($id: ID!) { member(id: $id) { displayName } }`, { id })).toEqual({ member: { displayName: 'Chloe Tourer' } });
    },
  };

  it.each(Object.keys(refusals))('%s refuses', async (rule) => {
    await refusals[rule]();
  });

  it.each(Object.keys(admitted))('%s admits everyone', async (rule) => {
    await admitted[rule]();
  });

  it('covers every rule the platform declares', () => {
    const rules = declaredRules();
    expect(Object.keys(refusals).sort()).toEqual(rules.filter((r) => !r.rule.admitsEveryone).map((r) => r.name).sort());
    expect(Object.keys(admitted).sort()).toEqual(rules.filter((r) => r.rule.admitsEveryone).map((r) => r.name).sort());
  });
});
