import { randomUUID } from 'node:crypto';
import { declaredRules, OrganisationRole, Role, type Viewer } from '@flagship/api-core';
import { Order, OrderService, OrderStatus } from '@flagship/orders';
import { PaymentStatus, type Payment } from '@flagship/payments';
import { firstError, type GraphQLResult } from '@flagship/testing';
import { OrganisationService } from '@flagship/accounts';
import { approvedServiceWithSlot, bookingOf } from '../support/booking-fixtures';
import { withRuleAdmittingEveryone } from '../support/loosened-rule';
import { createAccount, createVendor, listApproved } from '../support/marketplace-fixtures';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * One refusal per declared rule, through GraphQL as the refused person would meet it, and proof that
 * the rule is what refuses: the same attempt is made again with that rule alone letting everyone in
 * (`withRuleAdmittingEveryone`), and must then succeed. A second check anywhere (a role required on
 * the field as well, a condition copied into the service) keeps it refused and fails the test. The
 * last test fails when a declared rule has no case here. (Rules that admit everyone have nothing to
 * refuse; they are listed with what they let in.)
 */
interface RefusalCase {
  /** The request (or service call) of the person the rule refuses; made twice, so it must be repeatable while refused. */
  attempt(): Promise<GraphQLResult>;
  /** Refused as the rule says, with nothing changed. */
  refused(result: GraphQLResult): Promise<void> | void;
  /** What the same attempt does once the rule lets everyone in. */
  admitted(result: GraphQLResult): Promise<void> | void;
}

describe('each resource rule refuses whom it should, and is what refuses', () => {
  let env: TestEnvironment;
  let categoryId: string;
  const chain = () => variantIdBySku(env, 'RIDGELINE-CHAIN-12-1');

  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
  });
  afterAll(() => env.close());

  const code = (result: GraphQLResult) => firstError(result).code;
  const accountIdOf = async (email: string) => (await env.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]))[0].id as string;
  const count = async (sql: string, params: unknown[] = []) => Number((await env.dataSource.query(sql, params))[0].n);

  /** A fresh draft product with one variant, created by the brand manager. */
  const draftProduct = async () => {
    const sku = `PROTO-${randomUUID().slice(0, 8)}`.toUpperCase();
    const { createProduct } = await env.as.manager.data<{ createProduct: { id: string; slug: string; variants: { id: string }[] } }>(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { id slug variants { id } } }`,
      { input: { name: `Prototype ${sku}`, description: 'Not for sale yet.', categoryId, currency: 'EUR', variants: [{ sku, name: 'Standard', priceMinor: 99_00, stock: 3 }] } },
    );
    return { id: createProduct.id, slug: createProduct.slug, variantId: createProduct.variants[0].id };
  };

  /** A new shopper's paid order (the offline test provider pays at checkout). */
  const paidOrder = async () => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await chain(), quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(checkout.order.status).toBe('PAID');
    return { buyer, orderId: checkout.order.id };
  };

  /** A paid order with a vendor's part (and the brand's), and another vendor whose people must not reach it. */
  const vendorPartOrder = async () => {
    const vendor = await createVendor(env);
    const other = await createVendor(env);
    const { variantId } = await listApproved(env, vendor, { priceMinor: 30_00, stock: 5 });
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    const [{ id: partId }] = await env.dataSource.query(`SELECT id FROM order_part WHERE order_id = $1 AND seller_kind = 'VENDOR'`, [checkout.order.id]);
    return { vendor, other, buyer, orderId: checkout.order.id, partId: partId as string };
  };
  const partState = async (partId: string) => (await env.dataSource.query(`SELECT status, refunded_minor::int AS refunded FROM order_part WHERE id = $1`, [partId]))[0];
  /** A member's used bike for sale (the member confirmed being an adult), and optionally bought by a new shopper. */
  const usedBike = async () => {
    const seller = await createAccount(env, 'rider');
    await seller.client.data(`mutation { confirmAdultSeller { adultConfirmedAt } }`);
    const input = { kind: 'BIKE', condition: 'GOOD', title: 'Used tourer', description: 'Two seasons.', priceMinor: 400_00, brand: 'Ridgeline', model: 'Longway', frameSerial: `RF${randomUUID().slice(0, 8)}` };
    const { listUsedItem } = await seller.client.data<{ listUsedItem: { productId: string; frameSerial: string; product: { slug: string; variants: { id: string }[] } } }>(
      `mutation($input: ListUsedItemInput!) { listUsedItem(input: $input) { productId frameSerial product { slug variants { id } } } }`,
      { input },
    );
    return { seller, item: listUsedItem };
  };
  const usedSale = async () => {
    const { seller, item } = await usedBike();
    const [buyer] = await createShoppers(env, 1, [{ variantId: item.product.variants[0].id, quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    const [{ id: partId }] = await env.dataSource.query(`SELECT id FROM order_part WHERE order_id = $1 AND seller_kind = 'MEMBER'`, [checkout.order.id]);
    return { seller, buyer, item, orderId: checkout.order.id as string, partId: partId as string };
  };

  const cases: Record<string, () => Promise<RefusalCase>> = {
    'order_part.fulfil': async () => {
      const { other, partId } = await vendorPartOrder();
      return {
        attempt: () => other.client.request(`mutation($id: ID!) { fulfilOrderPart(partId: $id) { status } }`, { id: partId }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect(await partState(partId)).toEqual({ status: 'PAID', refunded: 0 });
        },
        admitted: (result) => expect(result.data).toEqual({ fulfilOrderPart: { status: 'FULFILLED' } }),
      };
    },
    'order_part.refund': async () => {
      const { other, partId } = await vendorPartOrder();
      const key = randomUUID();
      return {
        attempt: () => other.client.request(`mutation($id: ID!, $key: ID!) { refundOrderPart(partId: $id, amountMinor: 100, refundKey: $key) { refunded { amountMinor } } }`, { id: partId, key }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect(await partState(partId)).toEqual({ status: 'PAID', refunded: 0 });
          expect(await count(`SELECT count(*) AS n FROM order_part_refund WHERE order_part_id = $1`, [partId])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ refundOrderPart: { refunded: { amountMinor: 100 } } }),
      };
    },
    'order_part.read_earnings': async () => {
      const { buyer, orderId } = await vendorPartOrder();
      const query = () => buyer.request(`query($id: ID!) { order(id: $id) { parts { sellerKind earnings { commission { amountMinor } } shipTo { city } } } }`, { id: orderId });
      return {
        attempt: query,
        refused: (result) => expect(result.data).toEqual({ order: { parts: [{ sellerKind: 'VENDOR', earnings: null, shipTo: null }] } }),
        admitted: (result) =>
          expect(result.data).toEqual({ order: { parts: [{ sellerKind: 'VENDOR', earnings: { commission: { amountMinor: 4_50 } }, shipTo: { city: 'Berlin' } }] } }),
      };
    },
    'vendor_order_parts.list': async () => {
      const { vendor, other, partId } = await vendorPartOrder();
      return {
        attempt: () => other.client.request(`query($id: ID!) { vendorOrderParts(vendorId: $id) { nodes { id } } }`, { id: vendor.sellerId }),
        refused: (result) => expect(code(result)).toBe('NOT_FOUND'),
        admitted: (result) => expect(result.data).toEqual({ vendorOrderParts: { nodes: [{ id: partId }] } }),
      };
    },
    'marketplace_settings.manage': async () => ({
      attempt: () => env.as.vendor.request(`{ marketplaceSettings { claimWindowDays } }`),
      refused: (result) => expect(code(result)).toBe('FORBIDDEN'),
      admitted: (result) => expect(result.data).toEqual({ marketplaceSettings: { claimWindowDays: 2 } }),
    }),
    'account.list_all': async () => ({
      attempt: () => env.as.consumer.request(`{ accounts { email } }`),
      refused: (result) => expect(code(result)).toBe('FORBIDDEN'),
      admitted: (result) => expect((result.data as { accounts: unknown[] }).accounts.length).toBeGreaterThan(1),
    }),
    'account.manage_roles': async () => {
      const [target] = await createShoppers(env, 1, []);
      const { me } = await target.data<{ me: { id: string } }>(`{ me { id } }`);
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { grantRole(accountId: $id, role: MODERATOR) { roles } }`, { id: me.id }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT count(*) AS n FROM account_role WHERE account_id = $1`, [me.id])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ grantRole: { roles: ['CONSUMER', 'MODERATOR'] } }),
      };
    },
    'account.grant_badges': async () => {
      const id = await accountIdOf('chloe@riders.example');
      return {
        attempt: () => env.as.vendor.request(`mutation($id: ID!) { grantBadge(accountId: $id, badge: EXPERT) { id } }`, { id }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT count(*) AS n FROM member_badge WHERE account_id = $1`, [id])).toBe(0);
        },
        admitted: async () => expect(await count(`SELECT count(*) AS n FROM member_badge WHERE account_id = $1`, [id])).toBe(1),
      };
    },
    'advice.accept_answer': async () => {
      // Ana asked; the vendor answered and tries to mark their own answer as the one that helped.
      const { askQuestion } = await env.as.consumer.data<{ askQuestion: { id: string } }>(
        `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`,
        { input: { title: 'Which saddle width for me?', publish: true } },
      );
      const { answer } = await env.as.vendor.data<{ answer: { id: string } }>(`mutation($input: AnswerInput!) { answer(input: $input) { id } }`, {
        input: { contributionId: askQuestion.id, body: 'Come in for a sit-bone measurement.' },
      });
      return {
        attempt: () => env.as.vendor.request(`mutation($id: ID!) { acceptAnswer(answerId: $id) { acceptedAnswer { id } } }`, { id: answer.id }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'FORBIDDEN', field: 'answerId' });
          expect(await count(`SELECT count(*) AS n FROM contribution WHERE id = $1 AND accepted_answer_id IS NOT NULL`, [askQuestion.id])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ acceptAnswer: { acceptedAnswer: { id: answer.id } } }),
      };
    },
    'advice.manage_experts': async () => {
      const id = await accountIdOf('chloe@riders.example');
      return {
        attempt: () => env.as.consumer.request(`mutation($a: ID!, $c: ID!) { setCategoryExpert(accountId: $a, categoryId: $c) { member { displayName } } }`, { a: id, c: categoryId }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT count(*) AS n FROM category_expert WHERE account_id = $1`, [id])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ setCategoryExpert: { member: { displayName: 'Chloe Tourer' } } }),
      };
    },
    'category.manage': async () => {
      const name = `Trail kit ${randomUUID().slice(0, 6)}`;
      return {
        attempt: () => env.as.consumer.request(`mutation($name: String!) { createCategory(input: { name: $name }) { name } }`, { name }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT count(*) AS n FROM category WHERE name = $1`, [name])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ createCategory: { name } }),
      };
    },
    'collection.read': async () => {
      // Ana's collections are private until she makes one public.
      const { createCollection } = await env.as.consumer.data<{ createCollection: { id: string } }>(`mutation { createCollection(input: { name: "Private picks" }) { id } }`);
      return {
        attempt: () => env.as.vendor.request(`query($id: ID!) { collection(id: $id) { name } }`, { id: createCollection.id }),
        refused: (result) => expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'id' }),
        admitted: (result) => expect(result.data).toEqual({ collection: { name: 'Private picks' } }),
      };
    },
    'collection.manage': async () => {
      const { createCollection } = await env.as.consumer.data<{ createCollection: { id: string } }>(`mutation { createCollection(input: { name: "Mine to name" }) { id } }`);
      return {
        attempt: () => env.as.vendor.request(`mutation($id: ID!) { updateCollection(input: { id: $id, name: "Renamed by another" }) { name } }`, { id: createCollection.id }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
          expect(await count(`SELECT count(*) AS n FROM collection WHERE id = $1 AND name = 'Mine to name'`, [createCollection.id])).toBe(1);
        },
        admitted: (result) => expect(result.data).toEqual({ updateCollection: { name: 'Renamed by another' } }),
      };
    },
    'comment.update': async () => {
      // Ana's comment on a published contribution, edited by another member.
      const [{ id: contributionId }] = await env.dataSource.query(
        `INSERT INTO contribution (kind, author_id, title, status, published_at) SELECT 'BUILD', id, 'Published build', 'PUBLISHED', now() FROM account WHERE email = 'manager@ridgeline.example' RETURNING id`,
      );
      const { postComment } = await env.as.consumer.data<{ postComment: { id: string } }>(`mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`, {
        input: { contributionId, body: 'Lovely build.' },
      });
      return {
        attempt: () => env.as.vendor.request(`mutation($input: EditCommentInput!) { editComment(input: $input) { body } }`, { input: { id: postComment.id, body: 'Edited by someone else.' } }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
          expect(await count(`SELECT count(*) AS n FROM comment WHERE id = $1 AND body = 'Lovely build.'`, [postComment.id])).toBe(1);
        },
        admitted: (result) => expect(result.data).toEqual({ editComment: { body: 'Edited by someone else.' } }),
      };
    },
    'contribution.interact': async () => {
      // Commenting on a draft: its author sees it (contribution.read), but nobody takes part in it yet.
      const [{ id }] = await env.dataSource.query(
        `INSERT INTO contribution (kind, author_id, title) SELECT 'BUILD', id, 'Draft build' FROM account WHERE email = 'manager@ridgeline.example' RETURNING id`,
      );
      return {
        attempt: () => env.as.manager.request(`mutation($input: PostCommentInput!) { postComment(input: $input) { body } }`, { input: { contributionId: id, body: 'Note to self.' } }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'contributionId' });
          expect(await count(`SELECT count(*) AS n FROM comment WHERE contribution_id = $1`, [id])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ postComment: { body: 'Note to self.' } }),
      };
    },
    'route_import.use': async () => {
      // Someone's GPX upload, read and waiting to become a route: nobody else learns it exists.
      const [{ id }] = await env.dataSource.query(
        `INSERT INTO route_import (owner_id, status, progress, file_name, byte_size) SELECT id, 'DONE', 100, 'home.gpx', 1000 FROM account WHERE email = 'manager@ridgeline.example' RETURNING id`,
      );
      return {
        attempt: () => env.as.consumer.request(`query($id: ID!) { routeImport(id: $id) { status fileName } }`, { id }),
        refused: (result) => expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'id' }),
        admitted: (result) => expect(result.data).toEqual({ routeImport: { status: 'DONE', fileName: 'home.gpx' } }),
      };
    },
    'privacy_zone.manage': async () => {
      const [{ id }] = await env.dataSource.query(
        `INSERT INTO privacy_zone (member_id, lat, lng, radius_m, offset_east_m, offset_north_m) SELECT id, 47.4, 8.5, 400, 50, -80 FROM account WHERE email = 'manager@ridgeline.example' RETURNING id`,
      );
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { removePrivacyZone(id: $id) { id } }`, { id }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
          expect(await count(`SELECT count(*) AS n FROM privacy_zone WHERE id = $1`, [id])).toBe(1);
        },
        admitted: (result) => expect(result.data).toEqual({ removePrivacyZone: { id } }),
      };
    },
    'contribution.read': async () => {
      // A draft is its author's (the brand manager's here) until it is published.
      const [{ id }] = await env.dataSource.query(
        `INSERT INTO contribution (kind, author_id, title) SELECT 'BUILD', id, 'Draft build' FROM account WHERE email = 'manager@ridgeline.example' RETURNING id`,
      );
      return {
        attempt: () => env.as.consumer.request(`query($id: ID!) { contribution(id: $id) { id } }`, { id }),
        refused: (result) => expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'id' }),
        admitted: (result) => expect(result.data).toEqual({ contribution: { id } }),
      };
    },
    'contribution.update': async () => {
      // Another member editing Ana's build.
      const { createBuild } = await env.as.consumer.data<{ createBuild: { id: string } }>(`mutation { createBuild(input: { title: "Ana's tourer", publish: true }) { id } }`);
      const id = createBuild.id;
      return {
        attempt: () => env.as.vendor.request(`mutation($id: ID!) { updateBuild(input: { id: $id, title: "Mine now" }) { title } }`, { id }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
          expect((await env.dataSource.query(`SELECT title FROM contribution WHERE id = $1`, [id]))[0].title).toBe("Ana's tourer");
        },
        admitted: (result) => expect(result.data).toEqual({ updateBuild: { title: 'Mine now' } }),
      };
    },
    'build.support': async () => {
      // Supporting one's own build.
      const { createBuild } = await env.as.consumer.data<{ createBuild: { id: string } }>(`mutation { createBuild(input: { title: "Own build", publish: true }) { id } }`);
      const id = createBuild.id;
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { supportBuild(buildId: $id) { supportCount } }`, { id }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'FORBIDDEN', field: 'buildId' });
          expect(await count(`SELECT count(*) AS n FROM build_support WHERE contribution_id = $1`, [id])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ supportBuild: { supportCount: 1 } }),
      };
    },
    'build.review': async () => {
      // A member (not a brand manager) deciding on a build in review.
      const [{ id }] = await env.dataSource.query(
        `INSERT INTO contribution (kind, author_id, title, status, published_at) SELECT 'BUILD', id, 'Reviewed build', 'PUBLISHED', now() FROM account WHERE email = 'chloe@riders.example' RETURNING id`,
      );
      await env.dataSource.query(`INSERT INTO build (contribution_id, state, entered_review_at) VALUES ($1, 'IN_REVIEW', now())`, [id]);
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { declineBuild(input: { buildId: $id, reason: "No" }) { build { state } } }`, { id }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect((await env.dataSource.query(`SELECT state FROM build WHERE contribution_id = $1`, [id]))[0].state).toBe('IN_REVIEW');
        },
        admitted: (result) => expect(result.data).toEqual({ declineBuild: { build: { state: 'DECLINED' } } }),
      };
    },
    'product.read': async () => {
      const { slug, id } = await draftProduct();
      return {
        attempt: () => env.as.consumer.request(`query($slug: String!) { product(slug: $slug) { id } }`, { slug }),
        refused: (result) => {
          expect(result.errors).toBeUndefined();
          expect(result.data).toEqual({ product: null });
        },
        admitted: (result) => expect(result.data).toEqual({ product: { id } }),
      };
    },
    'product.buy': async () => {
      const { variantId } = await draftProduct();
      const [shopper] = await createShoppers(env, 1, []);
      return {
        attempt: () => shopper.request(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: variantId }),
        refused: (result) => expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'variantId' }),
        admitted: (result) => expect(result.data).toEqual({ addToCart: { itemCount: 1 } }),
      };
    },
    'product.manage': async () => {
      const { id } = await draftProduct();
      return {
        attempt: () => env.as.vendor.request(`mutation($id: ID!) { setProductStatus(id: $id, status: PUBLISHED) { status } }`, { id }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect((await env.dataSource.query(`SELECT status FROM product WHERE id = $1`, [id]))[0].status).toBe('DRAFT');
        },
        admitted: (result) => expect(result.data).toEqual({ setProductStatus: { status: 'PUBLISHED' } }),
      };
    },
    'brand.manage': async () => {
      const before = await count(`SELECT count(*) AS n FROM brand_image WHERE slot = 'LOGO'`);
      return {
        attempt: () => env.as.consumer.request(`mutation { removeBrandImage(slot: LOGO) { name } }`),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT count(*) AS n FROM brand_image WHERE slot = 'LOGO'`)).toBe(before);
        },
        admitted: (result) => expect(result.data).toEqual({ removeBrandImage: { name: 'Ridgeline Cycles' } }),
      };
    },
    'product.list_all': async () => ({
      attempt: () => env.as.vendor.request(`{ manageProducts(first: 1) { nodes { id } } }`),
      refused: (result) => expect(code(result)).toBe('FORBIDDEN'),
      admitted: (result) => expect((result.data as { manageProducts: { nodes: unknown[] } }).manageProducts.nodes).toHaveLength(1),
    }),
    'order.read': async () => {
      const { orderId } = await paidOrder();
      return {
        attempt: () => env.as.consumer.request(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId }),
        refused: (result) => expect(code(result)).toBe('NOT_FOUND'),
        admitted: (result) => expect(result.data).toEqual({ order: { id: orderId } }),
      };
    },
    'marketplace_dashboard.vendor': async () => {
      // The demo vendor (VeloFit) asks for another vendor's figures.
      const [{ id }] = await env.dataSource.query(`SELECT id FROM organisation WHERE kind = 'VENDOR' AND name = 'Spoke & Wrench Workshop'`);
      return {
        attempt: () => env.as.vendor.request(`query($id: ID!) { vendorDashboard(vendorId: $id) { vendorName } }`, { id }),
        refused: (result) => expect(code(result)).toBe('NOT_FOUND'),
        admitted: (result) => expect(result.data).toEqual({ vendorDashboard: { vendorName: 'Spoke & Wrench Workshop' } }),
      };
    },
    'marketplace_dashboard.summary': async () => ({
      attempt: () => env.as.vendor.request(`{ brandMarketplaceSummary { currency } }`),
      refused: (result) => expect(code(result)).toBe('FORBIDDEN'),
      admitted: (result) => expect(result.data).toEqual({ brandMarketplaceSummary: { currency: 'EUR' } }),
    }),
    'order.pay': async () => {
      // Only the buyer gets the client secret of a payment still waiting; a brand manager reading the order does not.
      const order = Object.assign(new Order(), { id: randomUUID(), accountId: 'the-buyer', status: OrderStatus.PENDING_PAYMENT });
      const payment = { provider: 'stripe', status: PaymentStatus.PENDING, testMode: false, clientSecret: 'pi_secret' } as Payment;
      const manager: Viewer = { accountId: 'a-manager', roles: new Set([Role.CONSUMER, Role.BRAND_MANAGER]), memberships: [], sessionId: 's' };
      const buyer: Viewer = { accountId: 'the-buyer', roles: new Set([Role.CONSUMER]), memberships: [], sessionId: 's' };
      const orders = env.app.get(OrderService);
      expect(orders.paymentView(order, payment, buyer).clientSecret).toBe('pi_secret');
      return {
        // A service call, not a request: its answer dressed as one.
        attempt: async () => ({ data: { clientSecret: orders.paymentView(order, payment, manager).clientSecret }, status: 200, headers: new Headers() }),
        refused: (result) => expect(result.data).toEqual({ clientSecret: null }),
        admitted: (result) => expect(result.data).toEqual({ clientSecret: 'pi_secret' }),
      };
    },
    'order.fulfil': async () => {
      const { buyer, orderId } = await paidOrder();
      return {
        attempt: () => buyer.request(`mutation($id: ID!) { fulfilOrder(id: $id) { status } }`, { id: orderId }),
        refused: (result) => expect(code(result)).toBe('FORBIDDEN'),
        admitted: (result) => expect(result.data).toEqual({ fulfilOrder: { status: 'FULFILLED' } }),
      };
    },
    'order.refund': async () => {
      const { buyer, orderId } = await paidOrder();
      const refundKey = randomUUID();
      return {
        attempt: () => buyer.request(`mutation($id: ID!, $key: ID!) { refundOrder(orderId: $id, refundKey: $key) { status } }`, { id: orderId, key: refundKey }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT count(*) AS n FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.order_id = $1`, [orderId])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ refundOrder: { status: 'REFUNDED' } }),
      };
    },
    'order.list_all': async () => ({
      attempt: () => env.as.consumer.request(`{ manageOrders(first: 1) { nodes { id } } }`),
      refused: (result) => expect(code(result)).toBe('FORBIDDEN'),
      admitted: (result) => expect((result.data as { manageOrders: { nodes: unknown[] } }).manageOrders.nodes).toHaveLength(1),
    }),
    'order.read_buyer_account': async () => {
      const { buyer, orderId } = await paidOrder();
      const { me } = await buyer.data<{ me: { email: string } }>(`{ me { email } }`);
      return {
        // Even the buyer: their own account is `me`; this field is the back office's.
        attempt: () => buyer.request(`query($id: ID!) { orderBuyer(orderId: $id) { email } }`, { id: orderId }),
        refused: (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(JSON.stringify(result)).not.toContain('@');
        },
        admitted: (result) => expect(result.data).toEqual({ orderBuyer: { email: me.email } }),
      };
    },
    'order.read_history': async () => {
      const { buyer, orderId } = await paidOrder();
      await env.as.manager.data(`mutation($id: ID!, $key: ID!) { refundOrder(orderId: $id, amountMinor: 100, refundKey: $key) { status } }`, { id: orderId, key: randomUUID() });
      return {
        // The rule decides two things: the history itself, and who asked for a refund.
        attempt: async () => {
          const history = await buyer.request(`query($id: ID!) { orderHistory(orderId: $id) { type } }`, { id: orderId });
          const refunds = await buyer.data<{ order: { refunds: { requestedBy: { displayName: string } | null }[] } }>(
            `query($id: ID!) { order(id: $id) { refunds { requestedBy { displayName } } } }`,
            { id: orderId },
          );
          return { ...history, data: { history: history.data, refunds: refunds.order.refunds } };
        },
        refused: (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(result.data).toEqual({ history: null, refunds: [{ requestedBy: null }] });
        },
        admitted: (result) => {
          expect(result.errors).toBeUndefined();
          expect(result.data).toEqual({
            history: { orderHistory: [{ type: 'order.placed' }, { type: 'order.paid' }, { type: 'order.refunded' }] },
            refunds: [{ requestedBy: { displayName: 'Maya Brandt' } }],
          });
        },
      };
    },
    'shipping_method.choose': async () => {
      const { createShippingMethod } = await env.as.manager.data<{ createShippingMethod: { id: string } }>(
        `mutation { createShippingMethod(input: { name: "Retired courier", priceMinor: 500, currency: "EUR", active: false }) { id } }`,
      );
      const [shopper] = await createShoppers(env, 1, [{ variantId: await chain(), quantity: 1 }]);
      const { me } = await shopper.data<{ me: { id: string } }>(`{ me { id } }`);
      const input = checkoutInput(createShippingMethod.id);
      return {
        attempt: () => shopper.request(CHECKOUT, { input }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'shippingMethodId' });
          expect(await count(`SELECT count(*) AS n FROM shop_order WHERE account_id = $1`, [me.id])).toBe(0);
        },
        admitted: (result) => expect((result.data as CheckoutData).checkout.order.status).toBe('PAID'),
      };
    },
    'shipping_method.manage': async () => {
      const { createShippingMethod } = await env.as.manager.data<{ createShippingMethod: { id: string } }>(
        `mutation { createShippingMethod(input: { name: "Cargo bike", priceMinor: 900, currency: "EUR", active: false }) { id } }`,
      );
      const id = createShippingMethod.id;
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { updateShippingMethod(id: $id, input: { priceMinor: 1 }) { price { amountMinor } } }`, { id }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT price_minor AS n FROM shipping_method WHERE id = $1`, [id])).toBe(900);
        },
        admitted: (result) => expect(result.data).toEqual({ updateShippingMethod: { price: { amountMinor: 1 } } }),
      };
    },
    'saved_address.manage': async () => {
      const [owner, other] = await createShoppers(env, 2, []);
      const address = { name: 'Ana Rider', line1: 'Bergstraße 12', city: 'Berlin', postcode: '10115', country: 'DE' };
      const { addSavedAddress } = await owner.data<{ addSavedAddress: { id: string } }>(`mutation($input: SavedAddressInput!) { addSavedAddress(input: $input) { id } }`, { input: address });
      const id = addSavedAddress.id;
      return {
        attempt: () => other.request(`mutation($id: ID!, $input: SavedAddressInput!) { updateSavedAddress(id: $id, input: $input) { city } }`, { id, input: { ...address, city: 'Potsdam', postcode: '14467' } }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect((await env.dataSource.query(`SELECT city FROM saved_address WHERE id = $1`, [id]))[0].city).toBe('Berlin');
        },
        admitted: (result) => expect(result.data).toEqual({ updateSavedAddress: { city: 'Potsdam' } }),
      };
    },
    'shop_settings.manage': async () => ({
      attempt: () => env.as.consumer.request(`mutation { setTaxRate(country: "IS", rateBp: 2400) { country } }`),
      refused: async (result) => {
        expect(code(result)).toBe('FORBIDDEN');
        expect(await count(`SELECT count(*) AS n FROM tax_rate WHERE country = 'IS'`)).toBe(0);
      },
      admitted: (result) => expect(result.data).toEqual({ setTaxRate: { country: 'IS' } }),
    }),
    'payout.read': async () => {
      // Another vendor's owner asks for a demo vendor's balance.
      const [{ id: vendorId }] = await env.dataSource.query(`SELECT id FROM organisation WHERE kind = 'VENDOR' AND name = 'VeloFit Studio'`);
      const other = await createVendor(env);
      return {
        attempt: () => other.client.request(`query($id: ID!) { sellerBalance(sellerKind: VENDOR, sellerId: $id) { currency } }`, { id: vendorId }),
        refused: (result) => expect(code(result)).toBe('NOT_FOUND'),
        admitted: (result) => expect(result.data).toEqual({ sellerBalance: expect.any(Array) }),
      };
    },
    'payout.onboard': async () => {
      // A vendor's staff member (not an owner) tries to connect the vendor's bank account.
      const vendor = await createVendor(env);
      const staff = await createAccount(env, 'staff', ['VENDOR']);
      await env.app.get(OrganisationService).setMember(null, vendor.sellerId, staff.accountId, OrganisationRole.STAFF);
      const payoutAccounts = () => count(`SELECT count(*) AS n FROM payout_account WHERE seller_id = $1`, [vendor.sellerId]);
      return {
        attempt: () => staff.client.request(`mutation($id: ID!) { startPayoutOnboarding(sellerKind: VENDOR, sellerId: $id) { url account { status } } }`, { id: vendor.sellerId }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect(await payoutAccounts()).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ startPayoutOnboarding: { url: null, account: { status: 'ENABLED' } } }),
      };
    },
    'review.read': async () => {
      const { buyer } = await paidOrder();
      const productId = (await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-chain-12'`))[0].id;
      const { postReview } = await buyer.data<{ postReview: { id: string } }>(`mutation($input: PostReviewInput!) { postReview(input: $input) { id } }`, {
        input: { productId, rating: 4, body: 'Shifts cleanly.' },
      });
      return {
        attempt: () => env.as.consumer.request(`query($id: ID!) { review(id: $id) { id } }`, { id: postReview.id }),
        refused: (result) => expect(code(result)).toBe('NOT_FOUND'),
        admitted: (result) => expect(result.data).toEqual({ review: { id: postReview.id } }),
      };
    },
    'review.post': async () => {
      // Someone who bought it (reviews come from buyers), after it was taken off sale.
      const [{ id }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-multitool'`);
      const [reviewer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
      await reviewer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
      await env.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE id = $1`, [id]);
      return {
        attempt: () => reviewer.request(`mutation($input: PostReviewInput!) { postReview(input: $input) { rating } }`, { input: { productId: id, rating: 5, body: 'Reviewing before it is out.' } }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'productId' });
          expect(await count(`SELECT count(*) AS n FROM review WHERE product_id = $1`, [id])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ postReview: { rating: 5 } }),
      };
    },
    'vendor.read': async () => {
      // A suspended vendor's page, asked for by a visitor.
      const vendor = await createVendor(env);
      await env.dataSource.query(`UPDATE vendor SET status = 'SUSPENDED' WHERE organisation_id = $1`, [vendor.sellerId]);
      const [{ slug }] = await env.dataSource.query(`SELECT slug FROM vendor WHERE organisation_id = $1`, [vendor.sellerId]);
      return {
        attempt: () => env.visitor().request(`query($slug: String!) { vendor(slug: $slug) { id } }`, { slug }),
        refused: (result) => expect(code(result)).toBe('NOT_FOUND'),
        admitted: (result) => expect(result.data).toEqual({ vendor: { id: vendor.sellerId } }),
      };
    },
    'vendor.read_status': async () => {
      const vendor = await createVendor(env);
      const [{ slug }] = await env.dataSource.query(`SELECT slug FROM vendor WHERE organisation_id = $1`, [vendor.sellerId]);
      return {
        attempt: () => env.as.consumer.request(`query($slug: String!) { vendor(slug: $slug) { status } }`, { slug }),
        refused: (result) => expect(result.data).toEqual({ vendor: { status: null } }),
        admitted: (result) => expect(result.data).toEqual({ vendor: { status: 'ACTIVE' } }),
      };
    },
    'vendor.read_team': async () => {
      const [vendor, other] = [await createVendor(env), await createVendor(env)];
      return {
        attempt: () => other.client.request(`query($id: ID!) { vendorTeam(vendorId: $id) { accountId } }`, { id: vendor.sellerId }),
        refused: (result) => expect(code(result)).toBe('NOT_FOUND'),
        admitted: (result) => expect(result.data).toEqual({ vendorTeam: [{ accountId: vendor.accountId }] }),
      };
    },
    'vendor.manage_team': async () => {
      const [vendor, other] = [await createVendor(env), await createVendor(env)];
      const invited = await createAccount(env, 'invited');
      const [{ email }] = await env.dataSource.query(`SELECT email FROM account WHERE id = $1`, [invited.accountId]);
      return {
        attempt: () => other.client.request(`mutation($id: ID!, $email: String!) { inviteVendorStaff(vendorId: $id, email: $email) { role } }`, { id: vendor.sellerId, email }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect(await count(`SELECT count(*) AS n FROM organisation_membership WHERE organisation_id = $1`, [vendor.sellerId])).toBe(1);
        },
        admitted: (result) => expect(result.data).toEqual({ inviteVendorStaff: [{ role: 'OWNER' }, { role: 'STAFF' }] }),
      };
    },
    'vendor.curate': async () => {
      const vendor = await createVendor(env);
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { suspendVendor(vendorId: $id, reason: "Not mine to decide") { id } }`, { id: vendor.sellerId }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT count(*) AS n FROM vendor WHERE organisation_id = $1 AND status = 'SUSPENDED'`, [vendor.sellerId])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ suspendVendor: { id: vendor.sellerId } }),
      };
    },
    'vendor_application.apply': async () => ({
      // The demo vendor's owner owns a vendor already.
      attempt: () =>
        env.as.vendor.request(`mutation($input: ApplyAsVendorInput!) { applyAsVendor(input: $input) { status } }`, {
          input: { businessName: 'VeloFit Two', description: 'A second studio for bike fitting in Potsdam.', categoryIds: [categoryId], serviceArea: 'Potsdam' },
        }),
      refused: async (result) => {
        expect(code(result)).toBe('FORBIDDEN');
        expect(await count(`SELECT count(*) AS n FROM vendor_application WHERE business_name = 'VeloFit Two'`)).toBe(0);
      },
      admitted: (result) => expect(result.data).toEqual({ applyAsVendor: { status: 'SUBMITTED' } }),
    }),
    'vendor_application.decide': async () => {
      const applicant = await createAccount(env, 'applicant');
      const { applyAsVendor } = await applicant.client.data<{ applyAsVendor: { id: string } }>(`mutation($input: ApplyAsVendorInput!) { applyAsVendor(input: $input) { id } }`, {
        input: { businessName: 'Chain Gang Coffee', description: 'Coffee for the café stop, roasted for riders.', categoryIds: [categoryId], serviceArea: 'Berlin' },
      });
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { rejectVendorApplication(id: $id, reason: "Not mine to decide") { status } }`, { id: applyAsVendor.id }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect(await count(`SELECT count(*) AS n FROM vendor_application WHERE id = $1 AND status = 'SUBMITTED'`, [applyAsVendor.id])).toBe(1);
        },
        admitted: (result) => expect(result.data).toEqual({ rejectVendorApplication: { status: 'REJECTED' } }),
      };
    },
    // Resale (decision 0042): another member (Ana, the demo consumer) meets a seller's used items and sales.
    'used_item.manage': async () => {
      const { item } = await usedBike();
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { updateUsedItem(input: { productId: $id, priceMinor: 100 }) { productId } }`, { id: item.productId }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'productId' });
          expect(await count(`SELECT min_price_minor AS n FROM product WHERE id = $1`, [item.productId])).toBe(400_00);
        },
        admitted: (result) => expect(result.data).toEqual({ updateUsedItem: { productId: item.productId } }),
      };
    },
    'used_item.read': async () => {
      const { item } = await usedBike();
      return {
        attempt: () => env.as.consumer.request(`query($slug: String!) { product(slug: $slug) { usedItem { frameSerial } } }`, { slug: item.product.slug }),
        refused: (result) => expect(result.data).toEqual({ product: { usedItem: { frameSerial: null } } }),
        admitted: (result) => expect(result.data).toEqual({ product: { usedItem: { frameSerial: item.frameSerial } } }),
      };
    },
    'used_sale.read': async () => {
      const { orderId, partId } = await usedSale();
      return {
        attempt: () => env.as.consumer.request(`query($id: ID!) { usedSalesOfOrder(orderId: $id) { partId } }`, { id: orderId }),
        refused: (result) => expect(result.data).toEqual({ usedSalesOfOrder: [] }),
        admitted: (result) => expect(result.data).toEqual({ usedSalesOfOrder: [{ partId }] }),
      };
    },
    'used_sale.ship': async () => {
      const { partId } = await usedSale();
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { markUsedItemShipped(partId: $id) { stage } }`, { id: partId }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'partId' });
          expect(await count(`SELECT count(*) AS n FROM used_item WHERE sold_part_id = $1 AND shipped_at IS NOT NULL`, [partId])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ markUsedItemShipped: { stage: 'SHIPPED' } }),
      };
    },
    'used_sale.deliver': async () => {
      const { partId } = await usedSale();
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { markUsedItemDelivered(partId: $id) { stage } }`, { id: partId }),
        refused: (result) => expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'partId' }),
        admitted: (result) => expect(result.data).toEqual({ markUsedItemDelivered: { stage: 'DELIVERED' } }),
      };
    },
    'used_sale.receive': async () => {
      const { partId } = await usedSale();
      return {
        attempt: () => env.as.consumer.request(`mutation($id: ID!) { confirmUsedItemReceived(partId: $id) { stage } }`, { id: partId }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'partId' });
          expect(await count(`SELECT count(*) AS n FROM order_part WHERE id = $1 AND funds_status = 'HELD'`, [partId])).toBe(1);
        },
        admitted: (result) => expect(result.data).toEqual({ confirmUsedItemReceived: { stage: 'RELEASED' } }),
      };
    },
    'used_sale.decide': async () => ({
      attempt: () => env.as.consumer.request(`{ claimQueue { partId } }`),
      refused: (result) => expect(code(result)).toBe('FORBIDDEN'),
      admitted: (result) => expect(Array.isArray((result.data as { claimQueue: unknown[] }).claimQueue)).toBe(true),
    }),
    'stolen_bike.manage': async () => ({
      attempt: () => env.as.consumer.request(`{ stolenBikes { serial } }`),
      refused: (result) => expect(code(result)).toBe('FORBIDDEN'),
      admitted: (result) => expect(Array.isArray((result.data as { stolenBikes: unknown[] }).stolenBikes)).toBe(true),
    }),
    // Bookings (decision 0039): another vendor's staff is told the booking or the vendor's services do not exist.
    'booking.read': async () => {
      const [vendor, other] = [await createVendor(env), await createVendor(env)];
      const { bookingId } = await bookingOf(env, vendor, (await approvedServiceWithSlot(env, vendor)).slotId);
      return {
        attempt: () => other.client.request(`query($id: ID!) { booking(id: $id) { id } }`, { id: bookingId }),
        refused: (result) => expect(code(result)).toBe('NOT_FOUND'),
        admitted: (result) => expect(result.data).toEqual({ booking: { id: bookingId } }),
      };
    },
    'booking.serve': async () => {
      const [vendor, other] = [await createVendor(env), await createVendor(env)];
      const { bookingId } = await bookingOf(env, vendor, (await approvedServiceWithSlot(env, vendor)).slotId);
      return {
        attempt: () => other.client.request(`mutation($id: ID!) { confirmBooking(id: $id) { status } }`, { id: bookingId }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]))[0].status).toBe('PAID');
        },
        admitted: (result) => expect(result.data).toEqual({ confirmBooking: { status: 'CONFIRMED' } }),
      };
    },
    'booking.cancel': async () => {
      const [vendor, other] = [await createVendor(env), await createVendor(env)];
      const { bookingId } = await bookingOf(env, vendor, (await approvedServiceWithSlot(env, vendor)).slotId, 'HELD');
      return {
        attempt: () => other.client.request(`mutation($id: ID!) { cancelBooking(id: $id, reason: "Not mine") { status } }`, { id: bookingId }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]))[0].status).toBe('HELD');
        },
        admitted: (result) => expect(result.data).toEqual({ cancelBooking: { status: 'CANCELLED' } }),
      };
    },
    'booking.review': async () => {
      const [vendor, other] = [await createVendor(env), await createVendor(env)];
      const { bookingId } = await bookingOf(env, vendor, (await approvedServiceWithSlot(env, vendor)).slotId, 'COMPLETED');
      return {
        attempt: () => other.client.request(`mutation($input: ReviewBookingInput!) { reviewBooking(input: $input) { authorSide } }`, { input: { bookingId, rating: 1, text: 'Not mine' } }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect(await count(`SELECT count(*) AS n FROM booking_review WHERE booking_id = $1`, [bookingId])).toBe(0);
        },
        admitted: (result) => expect(result.data).toEqual({ reviewBooking: { authorSide: 'VENDOR' } }),
      };
    },
    'vendor_service.manage': async () => {
      const [vendor, other] = [await createVendor(env), await createVendor(env)];
      const { productId } = await approvedServiceWithSlot(env, vendor);
      const startsAt = new Date(Date.now() + 9 * 86_400_000).toISOString();
      return {
        attempt: () => other.client.request(`mutation($input: AddServiceSlotsInput!) { addServiceSlots(input: $input) { startsAt } }`, { input: { productId, slots: [{ startsAt }] } }),
        refused: async (result) => {
          expect(code(result)).toBe('NOT_FOUND');
          expect(await count(`SELECT count(*) AS n FROM service_slot WHERE product_id = $1`, [productId])).toBe(1);
        },
        admitted: (result) => expect(result.data).toEqual({ addServiceSlots: [{ startsAt }] }),
      };
    },
    'listing.read': async () => {
      const { productId } = await listApproved(env, await createVendor(env));
      const [{ slug }] = await env.dataSource.query(`SELECT slug FROM product WHERE id = $1`, [productId]);
      return {
        attempt: () => env.as.consumer.request(`query($slug: String!) { product(slug: $slug) { listing { status } } }`, { slug }),
        refused: (result) => expect(result.data).toEqual({ product: { listing: null } }),
        admitted: (result) => expect(result.data).toEqual({ product: { listing: { status: 'APPROVED' } } }),
      };
    },
    'listing.manage': async () => {
      const { productId } = await listApproved(env, await createVendor(env));
      const rival = await createVendor(env);
      return {
        attempt: () => rival.client.request(`mutation($id: ID!) { updateListing(productId: $id, input: { description: "Rewritten by a rival." }) { status } }`, { id: productId }),
        refused: async (result) => {
          expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'productId' });
          expect((await env.dataSource.query(`SELECT description FROM product WHERE id = $1`, [productId]))[0].description).toBe('A test listing.');
        },
        admitted: (result) => expect(result.data).toEqual({ updateListing: { status: 'APPROVED' } }),
      };
    },
    'listing.list': async () => {
      const owner = await createVendor(env);
      await listApproved(env, owner);
      const rival = await createVendor(env);
      return {
        attempt: () => rival.client.request(`query($id: ID!) { sellerListings(vendorId: $id) { nodes { status } } }`, { id: owner.sellerId }),
        refused: (result) => expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'vendorId' }),
        admitted: (result) => expect(result.data).toEqual({ sellerListings: { nodes: [{ status: 'APPROVED' }] } }),
      };
    },
    'listing.review': async () => {
      const { productId } = await listApproved(env, await createVendor(env));
      await env.dataSource.query(`UPDATE listing SET pending_revision = '{"title": "Renamed", "priceMinor": null}' WHERE product_id = $1`, [productId]);
      return {
        attempt: () => env.as.vendor.request(`mutation($id: ID!) { declineListingRevision(productId: $id, reason: "Keep the name") { reviewReason } }`, { id: productId }),
        refused: async (result) => {
          expect(code(result)).toBe('FORBIDDEN');
          expect((await env.dataSource.query(`SELECT pending_revision FROM listing WHERE product_id = $1`, [productId]))[0].pending_revision).not.toBeNull();
        },
        admitted: (result) => expect(result.data).toEqual({ declineListingRevision: { reviewReason: 'Keep the name' } }),
      };
    },
  };

  const admitted: Record<string, () => Promise<void>> = {
    'product.browse': async () => {
      const { products } = await env.visitor().data<{ products: { nodes: { slug: string }[] } }>(`{ products(first: 3, filter: { sellerKind: BRAND }) { nodes { slug } } }`);
      expect(products.nodes.length).toBeGreaterThan(0);
    },
    'vendor_service.browse': async () => {
      const vendor = await createVendor(env);
      const { productId } = await approvedServiceWithSlot(env, vendor);
      const { services } = await env.visitor().data<{ services: { productId: string }[] }>(`query($v: ID) { services(vendorId: $v) { productId } }`, { v: vendor.sellerId });
      expect(services).toEqual([{ productId }]);
    },
    'member.read': async () => {
      const id = await accountIdOf('chloe@riders.example');
      expect(await env.visitor().data(`query($id: ID!) { member(id: $id) { displayName } }`, { id })).toEqual({ member: { displayName: 'Chloe Tourer' } });
    },
  };

  it.each(Object.keys(cases))('%s refuses, and lets the same attempt through once it admits everyone', async (rule) => {
    const refusal = await cases[rule]();
    await refusal.refused(await refusal.attempt());
    await withRuleAdmittingEveryone(rule, async () => refusal.admitted(await refusal.attempt()));
  });

  it.each(Object.keys(admitted))('%s admits everyone', async (rule) => {
    await admitted[rule]();
  });

  it('covers every rule the platform declares', () => {
    const rules = declaredRules();
    expect(Object.keys(cases).sort()).toEqual(rules.filter((r) => !r.rule.admitsEveryone).map((r) => r.name).sort());
    expect(Object.keys(admitted).sort()).toEqual(rules.filter((r) => r.rule.admitsEveryone).map((r) => r.name).sort());
  });
});
