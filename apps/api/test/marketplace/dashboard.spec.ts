import { OfferKind, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventReactions } from '@flagship/events';
import { LedgerAccounts, ListingService, VendorCustomerReactions } from '@flagship/marketplace';
import { OrganisationRole } from '@flagship/api-core';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, type CheckoutData } from '../support/shop-fixtures';
import { createVendor, listApproved, type TestSeller } from '../support/marketplace-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const MONEY = 'amountMinor currency';
const SALES = `parts gross { ${MONEY} } commission { ${MONEY} } net { ${MONEY} } refunds { ${MONEY} }`;
const DASHBOARD = `query($vendorId: ID!, $period: DashboardPeriod) {
  vendorDashboard(vendorId: $vendorId, period: $period) {
    vendorId vendorName period currency
    listings { status count } listingsWithPendingRevision
    orderParts { status count } partsToFulfil
    sales { ${SALES} }
    balance { owed { ${MONEY} } held { ${MONEY} } }
    ratings { average count ratedProducts }
    customers { customers newCustomers repeatCustomers allTime }
  }
}`;
const SUMMARY = `query($period: DashboardPeriod) {
  brandMarketplaceSummary(period: $period) {
    currency commissionEarned { ${MONEY} } commissionAllTime { ${MONEY} }
    salesBySellerKind { sellerKind sales { ${SALES} } }
    activeVendors sellingVendors newVendorCustomers
    vendors { vendorId name status newCustomers sales { ${SALES} } }
  }
}`;

interface Money {
  amountMinor: number;
  currency: string;
}
interface Sales {
  parts: number;
  gross: Money;
  commission: Money;
  net: Money;
  refunds: Money;
}
interface Dashboard {
  vendorId: string;
  vendorName: string;
  currency: string;
  listings: { status: string; count: number }[];
  listingsWithPendingRevision: number;
  orderParts: { status: string; count: number }[];
  partsToFulfil: number;
  sales: Sales;
  balance: { owed: Money; held: Money };
  ratings: { average: number | null; count: number; ratedProducts: number };
  customers: { customers: number; newCustomers: number; repeatCustomers: number; allTime: number };
}
interface Summary {
  currency: string;
  commissionEarned: Money;
  commissionAllTime: Money;
  salesBySellerKind: { sellerKind: string; sales: Sales }[];
  activeVendors: number;
  sellingVendors: number;
  newVendorCustomers: number;
  vendors: { vendorId: string; name: string; status: string; newCustomers: number; sales: Sales }[];
}

describe('the vendor dashboard and the marketplace summary (decision 0043)', () => {
  let env: TestEnvironment;
  let vendor: TestSeller;
  let other: TestSeller;
  let productId: string;
  let variantId: string;
  let repeatBuyer: GraphQLTestClient;
  let onceBuyer: GraphQLTestClient;
  const orders: string[] = [];

  const checkout = async (client: GraphQLTestClient) => {
    const { checkout: result } = await client.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(result.order.status).toBe('PAID');
    orders.push(result.order.id);
    return result.order.id;
  };
  const dashboard = async (client: GraphQLTestClient, period = 'LAST_30_DAYS', vendorId = vendor.sellerId) =>
    (await client.data<{ vendorDashboard: Dashboard }>(DASHBOARD, { vendorId, period })).vendorDashboard;
  const buyerOf = async (orderId: string): Promise<string> => (await env.dataSource.query(`SELECT account_id FROM shop_order WHERE id = $1`, [orderId]))[0].account_id;

  beforeAll(async () => {
    env = await createTestEnvironment();
    vendor = await createVendor(env, 'Dashboard Cycles');
    other = await createVendor(env, 'Other Cycles');
    ({ productId, variantId } = await listApproved(env, vendor, { priceMinor: 40_00, stock: 20 }));
    await listApproved(env, other, { priceMinor: 10_00, stock: 20 });
    // A second listing still waiting for review.
    const [category] = await env.dataSource.query(`SELECT id FROM category ORDER BY position LIMIT 1`);
    await env.app.get(TransactionalConnection).withTransaction(async () =>
      env.app.get(ListingService).create(await vendor.viewer(), { kind: SellerKind.VENDOR, id: vendor.sellerId }, OfferKind.GOODS, {
        title: 'Waiting for review',
        description: 'Not public yet.',
        categoryId: category.id,
        currency: 'EUR',
        variants: [{ name: 'Standard', priceMinor: 12_00, stock: 3 }],
      }),
    );
    [repeatBuyer, onceBuyer] = await createShoppers(env, 2, [{ variantId, quantity: 1 }]);
    await checkout(repeatBuyer);
    await checkout(onceBuyer);
    // The repeat buyer comes back for two more.
    await repeatBuyer.data(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: variantId });
    await repeatBuyer.data(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: variantId });
    await checkout(repeatBuyer);
    await env.dataSource.query(`UPDATE product SET rating_average = 4.5, rating_count = 2 WHERE id = $1`, [productId]);
  });
  afterAll(() => env.close());

  it('shows the vendor its listings, parts, sales, balance, ratings and customers, consistent with the parts and the ledger', async () => {
    const board = await dashboard(vendor.client);
    const parts: { gross: number; commission: number; net: number }[] = await env.dataSource.query(
      `SELECT gross_minor::int AS gross, commission_minor::int AS commission, net_minor::int AS net FROM order_part WHERE seller_id = $1 AND status = 'PAID'`,
      [vendor.sellerId],
    );
    expect(parts).toHaveLength(3);
    const sum = (key: 'gross' | 'commission' | 'net') => parts.reduce((total, part) => total + part[key], 0);
    expect(board).toMatchObject({
      vendorId: vendor.sellerId,
      vendorName: 'Dashboard Cycles',
      currency: 'EUR',
      listings: [
        { status: 'PENDING_REVIEW', count: 1 },
        { status: 'APPROVED', count: 1 },
      ],
      listingsWithPendingRevision: 0,
      orderParts: [{ status: 'PAID', count: 3 }],
      partsToFulfil: 3,
      ratings: { average: 4.5, count: 2, ratedProducts: 1 },
      customers: { customers: 2, newCustomers: 2, repeatCustomers: 1, allTime: 2 },
    });
    expect(board.sales).toEqual({
      parts: 3,
      gross: { amountMinor: sum('gross'), currency: 'EUR' },
      commission: { amountMinor: sum('commission'), currency: 'EUR' },
      net: { amountMinor: sum('net'), currency: 'EUR' },
      refunds: { amountMinor: 0, currency: 'EUR' },
    });
    // Goods 40 + 40 + 80 at the default 15 %.
    expect(sum('commission')).toBe(24_00);

    // The balance is the ledger's sum for the seller account, which the sales' nets make up.
    const [{ total }] = await env.dataSource.query(`SELECT sum(amount_minor)::int AS total FROM ledger_entry WHERE account = $1`, [
      LedgerAccounts.seller({ kind: SellerKind.VENDOR, id: vendor.sellerId }),
    ]);
    expect(board.balance.owed).toEqual({ amountMinor: total, currency: 'EUR' });
    expect(total).toBe(sum('net'));
    expect(board.balance.held.amountMinor).toBe(0);
  });

  it('records vendor_customer.gained once per buyer and vendor, on the first paid part', async () => {
    const events: { actor_id: string; payload: { firstOrderPartId: string; orderId: string } }[] = await env.dataSource.query(
      `SELECT actor_id, payload FROM platform_event WHERE type = 'vendor_customer.gained' AND subject_type = 'organisation' AND subject_id = $1 ORDER BY id`,
      [vendor.sellerId],
    );
    expect(events.map((event) => event.payload.orderId)).toEqual([orders[0], orders[1]]);
    expect(events.map((event) => event.actor_id)).toEqual([await buyerOf(orders[0]), await buyerOf(orders[1])]);
    const [firstPart] = await env.dataSource.query(`SELECT id FROM order_part WHERE order_id = $1 AND seller_id = $2`, [orders[0], vendor.sellerId]);
    expect(events[0].payload.firstOrderPartId).toBe(firstPart.id);
  });

  it('counts a first purchase whether or not the order-parts reaction has marked the parts paid yet', async () => {
    // The order the reactions run in today: the parts are paid first (order-parts' providers come first).
    const paidReactions = env.app
      .get(EventReactions)
      .list()
      .filter(([type]) => type === 'order.paid')
      .map(([, owner]) => owner);
    expect(paidReactions.indexOf('VendorCustomerReactions.orderPaid')).toBeGreaterThan(paidReactions.indexOf('OrderPartReactions.paid'));

    // Either way round, the reaction gives the same answer: run it again on each order, once with the
    // parts as paid and once as they were before the order-parts reaction, and roll back.
    const connection = env.app.get(TransactionalConnection);
    const reactions = env.app.get(VendorCustomerReactions);
    const gainedOn = async (orderId: string, unpaidFirst: boolean): Promise<number> => {
      let gained = -1;
      await connection
        .withTransaction(async () => {
          if (unpaidFirst) await connection.manager.query(`UPDATE order_part SET status = 'PENDING_PAYMENT', paid_at = NULL WHERE order_id = $1`, [orderId]);
          const before = await connection.manager.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'vendor_customer.gained'`);
          await reactions.orderPaid({ subjectId: orderId } as Parameters<VendorCustomerReactions['orderPaid']>[0]);
          const after = await connection.manager.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'vendor_customer.gained'`);
          gained = after[0].n - before[0].n;
          throw new Error('roll back');
        })
        .catch((error: Error) => {
          if (error.message !== 'roll back') throw error;
        });
      return gained;
    };
    // The single buyer's order is a first purchase; the repeat buyer's second order, with the first paid, is not.
    expect(await gainedOn(orders[1], false)).toBe(1);
    expect(await gainedOn(orders[1], true)).toBe(1);
    expect(await gainedOn(orders[2], false)).toBe(0);
    expect(await gainedOn(orders[2], true)).toBe(0);
  });

  it('tells new customers from repeat ones by the period their first purchase falls in', async () => {
    // The repeat buyer's first purchase moves to 100 days ago: new in a year, returning in 30 days.
    await env.dataSource.query(`UPDATE order_part SET paid_at = now() - interval '100 days' WHERE order_id = $1`, [orders[0]]);
    try {
      const month = await dashboard(vendor.client, 'LAST_30_DAYS');
      expect(month.customers).toEqual({ customers: 2, newCustomers: 1, repeatCustomers: 1, allTime: 2 });
      expect(month.sales.parts).toBe(2);
      const quarter = await dashboard(vendor.client, 'LAST_90_DAYS');
      expect(quarter.customers.newCustomers).toBe(1);
      const year = await dashboard(vendor.client, 'LAST_365_DAYS');
      expect(year.customers).toEqual({ customers: 2, newCustomers: 2, repeatCustomers: 1, allTime: 2 });
      expect(year.sales.parts).toBe(3);
    } finally {
      await env.dataSource.query(`UPDATE order_part SET paid_at = now() WHERE order_id = $1`, [orders[0]]);
    }
  });

  it('answers in a fixed handful of statements, however many parts, listings and buyers', async () => {
    const statements = async (vendorId: string) => {
      env.queries.length = 0;
      await dashboard(env.as.manager, 'LAST_30_DAYS', vendorId);
      return env.queries.filter((sql) => !/^(START TRANSACTION|COMMIT|ROLLBACK|SET |SAVEPOINT|RELEASE)/i.test(sql.trim()) && !/FROM session s/.test(sql));
    };
    const busy = await statements(vendor.sellerId);
    const quiet = await statements(other.sellerId);
    expect(busy.length).toBe(quiet.length);
    // Besides the session: the vendor, listings, order parts with sales, customers, ratings, balances.
    expect(busy).toHaveLength(6);

    env.queries.length = 0;
    await env.as.manager.data(SUMMARY, { period: 'LAST_30_DAYS' });
    expect(env.queries.filter((sql) => /order_part|ledger_entry|organisation o/.test(sql) && !/FROM session s/.test(sql))).toHaveLength(3);
  });

  it('shows brand managers the commission earned, sales by seller kind, vendors and the customers the marketplace brought them', async () => {
    const { brandMarketplaceSummary: summary } = await env.as.manager.data<{ brandMarketplaceSummary: Summary }>(SUMMARY, { period: 'LAST_30_DAYS' });
    const [{ commission }] = await env.dataSource.query(
      `SELECT coalesce(sum(e.amount_minor), 0)::int AS commission FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
        WHERE e.account = 'platform:commission' AND t.created_at >= now() - interval '30 days'`,
    );
    expect(summary.currency).toBe('EUR');
    expect(summary.commissionEarned.amountMinor).toBe(commission);
    expect(commission).toBeGreaterThanOrEqual(24_00);
    expect(summary.commissionAllTime.amountMinor).toBeGreaterThanOrEqual(commission);

    expect(summary.salesBySellerKind.map((row) => row.sellerKind)).toEqual(['BRAND', 'VENDOR', 'MEMBER']);
    const vendorSales = summary.salesBySellerKind.find((row) => row.sellerKind === 'VENDOR')!.sales;
    const [{ gross }] = await env.dataSource.query(`SELECT sum(gross_minor)::int AS gross FROM order_part WHERE seller_kind = 'VENDOR' AND paid_at >= now() - interval '30 days'`);
    expect(vendorSales.gross.amountMinor).toBe(gross);
    expect(vendorSales.commission.amountMinor + vendorSales.net.amountMinor).toBe(vendorSales.gross.amountMinor - vendorSales.refunds.amountMinor);

    const line = summary.vendors.find((row) => row.vendorId === vendor.sellerId)!;
    expect(line).toMatchObject({ name: 'Dashboard Cycles', newCustomers: 2, sales: { parts: 3, commission: { amountMinor: 24_00 } } });
    expect(summary.vendors[0].sales.gross.amountMinor).toBeGreaterThanOrEqual(line.sales.gross.amountMinor);
    expect(summary.sellingVendors).toBeGreaterThanOrEqual(1);
    expect(summary.activeVendors).toBeGreaterThanOrEqual(2);
    expect(summary.newVendorCustomers).toBe(summary.vendors.reduce((total, row) => total + row.newCustomers, 0));

    // A brand manager also reads any vendor's dashboard.
    expect((await dashboard(env.as.manager)).sales.parts).toBe(3);
  });

  describe('authorisation', () => {
    it('vendorDashboard: another vendor’s staff, members and visitors never see a vendor’s figures', async () => {
      for (const client of [other.client, env.as.vendor, env.as.consumer, repeatBuyer]) {
        expect(firstError(await client.request(DASHBOARD, { vendorId: vendor.sellerId }))).toMatchObject({ code: 'NOT_FOUND' });
      }
      expect(firstError(await env.visitor().request(DASHBOARD, { vendorId: vendor.sellerId })).code).toBe('UNAUTHENTICATED');
      // Its own staff do (not only its owner).
      const staff = await createVendor(env);
      await env.dataSource.query(`INSERT INTO organisation_membership (organisation_id, account_id, role) VALUES ($1, $2, $3)`, [
        vendor.sellerId,
        staff.accountId,
        OrganisationRole.STAFF,
      ]);
      expect((await dashboard(staff.client)).vendorId).toBe(vendor.sellerId);
      // Nothing that is not a vendor organisation has a dashboard.
      expect(firstError(await env.as.manager.request(DASHBOARD, { vendorId: await buyerOf(orders[0]) })).code).toBe('NOT_FOUND');
    });

    it('brandMarketplaceSummary: brand managers only', async () => {
      for (const client of [vendor.client, env.as.vendor, env.as.consumer]) {
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(firstError(await client.request(SUMMARY, {})).code);
      }
      expect(firstError(await env.visitor().request(SUMMARY, {})).code).toBe('UNAUTHENTICATED');
    });
  });
});
