import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { OfferKind, SellerKind } from '@flagship/catalog';
import { SessionService } from '@flagship/accounts';
import { CommissionRuleService, ListingService, OrderPartRefundService } from '@flagship/marketplace';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createMemberSeller, createVendor, listApproved, type TestSeller } from '../support/marketplace-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const REFUND_ORDER = `mutation($orderId: ID!, $amount: SafeInt, $key: ID!) { refundOrder(orderId: $orderId, amountMinor: $amount, refundKey: $key) { status } }`;

/**
 * The done-when property through the real path: random carts over the brand, two vendors (goods in two
 * categories), a member's used item and a third vendor's booked service (so orders of a service alone,
 * and goods beside a service), random commission rules, checkout through GraphQL with the offline provider, then random part refunds (several per part, any order) and whole-order refunds.
 * After each case, over the whole database: nets plus commissions equal what was charged less what was
 * refunded, every ledger transaction balances, and each seller's balance is the sum of its parts'.
 */
describe('order parts and the ledger through the database, for any mix (property, decision 0036)', () => {
  let env: TestEnvironment;
  let shippingId: string;
  let offers: { variantId: string; kind: SellerKind }[];
  let vendors: TestSeller[];
  let categories: string[];
  let serviceSlotId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    shippingId = await standardShippingId(env);
    categories = (await env.dataSource.query(`SELECT id, slug FROM category ORDER BY position LIMIT 2`)).map((c: { id: string }) => c.id);
    const slugs: string[] = (await env.dataSource.query(`SELECT slug FROM category ORDER BY position LIMIT 2`)).map((c: { slug: string }) => c.slug);
    vendors = [await createVendor(env), await createVendor(env)];
    offers = [
      { variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), kind: SellerKind.BRAND },
      { variantId: await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1'), kind: SellerKind.BRAND },
    ];
    for (const vendor of vendors) {
      for (const [i, slug] of slugs.entries()) {
        offers.push({ variantId: (await listApproved(env, vendor, { priceMinor: 12_34 + i * 37_77, stock: 10_000, categorySlug: slug })).variantId, kind: SellerKind.VENDOR });
      }
    }
    const member = await createMemberSeller(env);
    offers.push({ variantId: (await listApproved(env, member, { kind: SellerKind.MEMBER, offerKind: OfferKind.USED, priceMinor: 333_33, stock: 10_000 })).variantId, kind: SellerKind.MEMBER });
    await env.dataSource.query(`UPDATE product_variant SET stock = 100000 WHERE id = ANY($1::uuid[])`, [offers.map((o) => o.variantId)]);
    // A bike fit with one roomy slot: each case's buyer may hold a place in it (the cart line of a service).
    const studio = await createVendor(env);
    const { createServiceListing } = await studio.client.data<{ createServiceListing: { productId: string } }>(
      `mutation($input: CreateServiceListingInput!) { createServiceListing(input: $input) { productId } }`,
      {
        input: {
          vendorId: studio.sellerId,
          title: 'Bike fit, property',
          description: 'A full fit on our jig.',
          categoryId: categories[0],
          priceMinor: 89_90,
          durationMinutes: 60,
          capacity: 100,
          mode: 'IN_PERSON',
          meetingUrl: null,
          location: 'Kastanienallee 5, Berlin',
          timeZone: 'Europe/Berlin',
        },
      },
    );
    const manager = await env.app.get(SessionService).viewerOf((await env.dataSource.query(`SELECT account_id FROM account_role WHERE role = 'BRAND_MANAGER' LIMIT 1`))[0].account_id);
    await env.app.get(ListingService).approve(manager, createServiceListing.productId);
    const { addServiceSlots } = await studio.client.data<{ addServiceSlots: { id: string }[] }>(`mutation($input: AddServiceSlotsInput!) { addServiceSlots(input: $input) { id } }`, {
      input: { productId: createServiceListing.productId, slots: [{ startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString() }] },
    });
    serviceSlotId = addServiceSlots[0].id;
  });
  afterAll(() => env.close());

  const ruleArb = fc.record({
    scope: fc.constantFrom('vendor', 'category', 'both'),
    vendor: fc.integer({ min: 0, max: 1 }),
    category: fc.integer({ min: 0, max: 1 }),
    bp: fc.integer({ min: 0, max: 10_000 }),
    floorMinor: fc.option(fc.integer({ min: 0, max: 20_00 }), { nil: null }),
    capExtra: fc.option(fc.integer({ min: 0, max: 80_00 }), { nil: null }),
  });
  const caseArb = fc.record({
    cart: fc.uniqueArray(fc.record({ offer: fc.integer({ min: 0, max: 6 }), quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 0, maxLength: 5, selector: (l) => l.offer }),
    service: fc.boolean(),
    rules: fc.array(ruleArb, { maxLength: 3 }),
    refunds: fc.array(fc.record({ part: fc.integer({ min: -1, max: 3 }), share: fc.double({ min: 0.01, max: 1, noNaN: true }) }), { maxLength: 5 }),
  });

  it('nets plus commissions equal the charge less refunds; every transaction balances; each seller’s balance is the sum of its parts, to the minor unit', async () => {
    const ruleService = env.app.get(CommissionRuleService);
    const refunder = env.app.get(OrderPartRefundService);
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ cart, service, rules, refunds }) => {
        // Something to buy: goods, a booked service, or both.
        if (cart.length === 0) service = true;
        await env.dataSource.query(`DELETE FROM commission_rule`);
        for (const r of rules) {
          await ruleService.set(
            {
              vendorId: r.scope === 'category' ? null : vendors[r.vendor].sellerId,
              categoryId: r.scope === 'vendor' ? null : categories[r.category],
              bp: r.bp,
              floorMinor: r.floorMinor,
              capMinor: r.capExtra === null ? null : (r.floorMinor ?? 0) + r.capExtra,
            },
            null,
          );
        }
        const [buyer] = await createShoppers(env, 1, cart.map((line) => ({ variantId: offers[line.offer].variantId, quantity: line.quantity })));
        if (service) await buyer.data(`mutation($slotId: ID!) { holdSlot(slotId: $slotId) { id } }`, { slotId: serviceSlotId });
        const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });
        expect(checkout.order.status).toBe('PAID');
        const orderId = checkout.order.id;
        // Shipping only when something ships, and only on the parts that ship something (prices include tax:
        // a part's gross is its goods plus its share of the shipping).
        const split: { ships: boolean; goods: number; gross: number }[] = await env.dataSource.query(
          `SELECT bool_or(l.offer_kind <> 'SERVICE') AS ships, p.goods_minor::int AS goods, p.gross_minor::int AS gross
             FROM order_part p JOIN order_line l ON l.order_id = p.order_id AND l.seller_kind = p.seller_kind AND l.seller_id IS NOT DISTINCT FROM p.seller_id
            WHERE p.order_id = $1 GROUP BY p.id`,
          [orderId],
        );
        const shipping = checkout.order.shipping.amountMinor;
        if (cart.length === 0) expect(shipping).toBe(0);
        for (const part of split.filter((p) => !p.ships)) expect(part.gross).toBe(part.goods);
        expect(split.filter((p) => p.ships).reduce((sum, p) => sum + p.gross - p.goods, 0)).toBe(shipping);
        for (const r of refunds) {
          const parts: { id: string; left: number }[] = await env.dataSource.query(
            `SELECT id, (gross_minor - refunded_minor)::int AS left FROM order_part WHERE order_id = $1 ORDER BY seller_kind, seller_id`,
            [orderId],
          );
          if (r.part < 0 || r.part >= parts.length) {
            const left = parts.reduce((sum, p) => sum + p.left, 0);
            const amount = Math.floor(left * r.share);
            if (amount >= 1) await env.as.manager.data(REFUND_ORDER, { orderId, amount, key: randomUUID() });
          } else {
            const amount = Math.floor(parts[r.part].left * r.share);
            if (amount >= 1) await refunder.refund({ partId: parts[r.part].id, amountMinor: amount, idempotencyKey: randomUUID(), reason: 'property', actorId: null });
          }
        }

        const [order] = await env.dataSource.query(`SELECT total_minor::bigint AS total, refunded_minor::bigint AS refunded FROM shop_order WHERE id = $1`, [orderId]);
        const [sums] = await env.dataSource.query(
          `SELECT sum(gross_minor)::bigint AS gross, sum(refunded_minor)::bigint AS refunded,
                  sum(net_minor - refunded_minor + commission_refunded_minor)::bigint AS nets, sum(commission_minor - commission_refunded_minor)::bigint AS commissions
             FROM order_part WHERE order_id = $1`,
          [orderId],
        );
        expect(sums.gross).toBe(order.total);
        expect(sums.refunded).toBe(order.refunded);
        expect(BigInt(sums.nets) + BigInt(sums.commissions)).toBe(BigInt(order.total) - BigInt(order.refunded));
        // The order's own ledger entries sum the same way.
        const [ledger] = await env.dataSource.query(
          `SELECT coalesce(sum(e.amount_minor) FILTER (WHERE e.account = 'platform:clearing'), 0)::bigint AS clearing,
                  coalesce(sum(e.amount_minor) FILTER (WHERE e.account = 'platform:commission'), 0)::bigint AS commission,
                  coalesce(sum(e.amount_minor) FILTER (WHERE e.account LIKE 'seller:%' OR e.account LIKE 'held:%'), 0)::bigint AS sellers
             FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id WHERE t.order_id = $1`,
          [orderId],
        );
        expect(ledger).toEqual({ clearing: String(-(BigInt(order.total) - BigInt(order.refunded))), commission: sums.commissions, sellers: sums.nets });
        const [{ unbalanced }] = await env.dataSource.query(
          `SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0) t`,
        );
        expect(unbalanced).toBe(0);
        // Each seller's balance (seller: and held: accounts) is what its parts say it is owed, across every order so far.
        const mismatched = await env.dataSource.query(
          `WITH owed AS (
             SELECT CASE WHEN seller_kind = 'BRAND' THEN 'BRAND' ELSE seller_kind || ':' || seller_id END AS seller,
                    sum(net_minor - refunded_minor + commission_refunded_minor) AS owed
               FROM order_part WHERE paid_at IS NOT NULL GROUP BY 1),
           balances AS (
             -- What sales and refunds owe each seller: payouts (money sent on) and royalties (passed to creators) aside.
             SELECT regexp_replace(e.account, '^(seller|held):', '') AS seller, sum(e.amount_minor) AS balance
               FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
              WHERE (e.account LIKE 'seller:%' OR e.account LIKE 'held:%') AND t.kind NOT IN ('PAYOUT', 'PAYOUT_REVERSAL', 'ROYALTY') GROUP BY 1)
           SELECT o.seller, o.owed, b.balance FROM owed o FULL JOIN balances b ON b.seller = o.seller WHERE coalesce(o.owed, 0) IS DISTINCT FROM coalesce(b.balance, 0)`,
        );
        expect(mismatched).toEqual([]);
        const [negative] = await env.dataSource.query(`SELECT count(*)::int AS n FROM order_part WHERE net_minor - refunded_minor + commission_refunded_minor < 0 OR commission_refunded_minor > commission_minor`);
        expect(negative.n).toBe(0);
      }),
      { numRuns: 30 },
    );
    // The cases reached every path: part and whole-order refunds, vendors, members' held funds, parts fully refunded.
    const [reach] = await env.dataSource.query(
      `SELECT (SELECT count(*)::int FROM ledger_transaction WHERE kind = 'REFUND') AS refunds,
              (SELECT count(*)::int FROM order_part_refund WHERE refund_key LIKE 'refund-%') AS order_refunds,
              (SELECT count(*)::int FROM ledger_entry WHERE account LIKE 'held:%') AS held,
              (SELECT count(*)::int FROM order_part WHERE seller_kind = 'VENDOR') AS vendor_parts,
              (SELECT count(*)::int FROM shop_order o WHERE EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND l.offer_kind = 'SERVICE')
                 AND EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND l.offer_kind <> 'SERVICE')) AS mixed_with_service`,
    );
    expect(Object.values(reach).every((n) => (n as number) > 0)).toBe(true);
  }, 120_000);
});
