import fc from 'fast-check';
import { allocate, commissionOn, commissionOnGroups, commissionRefundFor, splitOrder, type CommissionRule, type PartGoods } from './split';

const rule: fc.Arbitrary<CommissionRule> = fc
  .record({
    bp: fc.integer({ min: 0, max: 10_000 }),
    floorMinor: fc.option(fc.integer({ min: 0, max: 50_00 }), { nil: null }),
    capMinor: fc.option(fc.integer({ min: 0, max: 200_00 }), { nil: null }),
  })
  .map((r) => (r.floorMinor !== null && r.capMinor !== null && r.floorMinor > r.capMinor ? { ...r, capMinor: r.floorMinor } : r));

/** One seller's part: its lines under one or more rules (several categories). */
const sellerPart = fc.array(fc.record({ rule, goodsMinor: fc.integer({ min: 0, max: 5_000_00 }) }), { minLength: 1, maxLength: 3 });

/** A part as the split sees it: services only (ships nothing), goods only, or both (some of its goods shipped). */
const partGoods: fc.Arbitrary<PartGoods> = fc
  .record({ kind: fc.constantFrom('SERVICE', 'GOODS', 'MIXED'), shipped: fc.integer({ min: 0, max: 5_000_00 }), services: fc.integer({ min: 0, max: 5_000_00 }) })
  .map(({ kind, shipped, services }) =>
    kind === 'SERVICE'
      ? { goodsMinor: services, shippedGoodsMinor: 0, ships: false }
      : { goodsMinor: shipped + (kind === 'MIXED' ? services : 0), shippedGoodsMinor: shipped, ships: true },
  );

/** An order as checkout prices it: shipping only when a part ships something; tax included or added on top. */
const pricedOrder = fc
  .record({ parts: fc.array(partGoods, { minLength: 1, maxLength: 6 }), shipping: fc.integer({ min: 0, max: 50_00 }), rateBp: fc.integer({ min: 0, max: 2_500 }), included: fc.boolean() })
  .map(({ parts, shipping, rateBp, included }) => {
    const shippingMinor = parts.some((part) => part.ships) ? shipping : 0;
    const taxable = parts.reduce((sum, part) => sum + part.goodsMinor, 0) + shippingMinor;
    const totalMinor = included ? taxable : taxable + Math.round((taxable * rateBp) / 10_000);
    return { parts, order: { totalMinor, shippingMinor }, included };
  });

/** A refund instruction: which part (or the whole order, -1) and which share of what is left. */
const refund = fc.record({ part: fc.integer({ min: -1, max: 5 }), share: fc.double({ min: 0, max: 1, noNaN: true }) });

describe('the split and its reversals, as pure functions (decision 0036)', () => {
  it('allocate: shares sum to the total exactly, each within one unit of its exact share, never above a weight the total fits in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.array(fc.integer({ min: 0, max: 1_000_000_00 }), { minLength: 1, maxLength: 8 }), (total, weights) => {
        const shares = allocate(total, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0);
        if (sum === 0) return;
        for (const [i, share] of shares.entries()) {
          expect(Math.abs(share - (total * weights[i]) / sum)).toBeLessThan(1 + 1e-6);
          if (total <= sum) expect(share).toBeLessThanOrEqual(weights[i]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('splitOrder: parts sum to the total; shipping only on parts that ship, in proportion to their shipped goods; a service part carries none', () => {
    fc.assert(
      fc.property(pricedOrder, ({ parts, order, included }) => {
        const shares = splitOrder(order, parts);
        expect(shares.reduce((sum, share) => sum + share.grossMinor, 0)).toBe(order.totalMinor);
        expect(shares.reduce((sum, share) => sum + share.shippingMinor, 0)).toBe(order.shippingMinor);
        const shippedGoods = parts.reduce((sum, part) => sum + part.shippedGoodsMinor, 0);
        for (const [i, part] of parts.entries()) {
          const { shippingMinor, grossMinor } = shares[i];
          if (!part.ships) expect(shippingMinor).toBe(0);
          if (shippedGoods > 0) expect(Math.abs(shippingMinor - (order.shippingMinor * part.shippedGoodsMinor) / shippedGoods)).toBeLessThan(1 + 1e-6);
          // Its goods and its shipping, plus (tax on top) its tax: with prices including tax exactly those.
          expect(grossMinor).toBeGreaterThanOrEqual(part.goodsMinor + shippingMinor);
          if (included) expect(grossMinor).toBe(part.goodsMinor + shippingMinor);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('splitOrder: an order of services alone has no shipping to share, and each part’s gross is its goods (tax included) or its goods and its tax', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_00 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 2_500 }), (services, rateBp) => {
        const parts = services.map((goodsMinor) => ({ goodsMinor, shippedGoodsMinor: 0, ships: false }));
        const goods = services.reduce((a, b) => a + b, 0);
        expect(splitOrder({ totalMinor: goods, shippingMinor: 0 }, parts)).toEqual(services.map((goodsMinor) => ({ shippingMinor: 0, grossMinor: goodsMinor })));
        const tax = Math.round((goods * rateBp) / 10_000);
        const shares = splitOrder({ totalMinor: goods + tax, shippingMinor: 0 }, parts);
        expect(shares.reduce((sum, share) => sum + share.grossMinor, 0)).toBe(goods + tax);
        for (const [i, share] of shares.entries()) expect(Math.abs(share.grossMinor - services[i] - (tax * services[i]) / (goods || 1))).toBeLessThan(1 + 1e-6);
      }),
      { numRuns: 2000 },
    );
  });

  it('splitOrder: shipped goods that cost nothing still take the shipping, shared equally, never a service part', () => {
    const shares = splitOrder({ totalMinor: 120_00 + 4_90, shippingMinor: 4_90 }, [
      { goodsMinor: 120_00, shippedGoodsMinor: 0, ships: false },
      { goodsMinor: 0, shippedGoodsMinor: 0, ships: true },
      { goodsMinor: 0, shippedGoodsMinor: 0, ships: true },
    ]);
    expect(shares).toEqual([
      { shippingMinor: 0, grossMinor: 120_00 },
      { shippingMinor: 2_45, grossMinor: 2_45 },
      { shippingMinor: 2_45, grossMinor: 2_45 },
    ]);
  });

  it('commission: within [0, gross], the floor and cap honoured where the gross allows, one rule as one group', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_00 }), fc.integer({ min: 0, max: 1_000_00 }), rule, (goods, extra, r) => {
        const gross = goods + extra;
        const c = commissionOn(goods, gross, r);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(gross);
        if (r.capMinor !== null) expect(c).toBeLessThanOrEqual(r.capMinor);
        if (r.floorMinor !== null && r.floorMinor <= gross && (r.capMinor === null || r.floorMinor <= r.capMinor)) expect(c).toBeGreaterThanOrEqual(r.floorMinor);
        expect(commissionOnGroups([{ rule: r, goodsMinor: goods }], gross)).toEqual({ commissionMinor: c, bp: r.bp });
      }),
      { numRuns: 2000 },
    );
  });

  it('commissionRefundFor: any sequence of refunds gives back round(commission × refunded ÷ gross) in total, all of it at a full refund', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_00 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (gross, rate, cuts) => {
        const commissionMinor = Math.floor(gross * rate);
        let refundedMinor = 0;
        let given = 0;
        for (const cut of [...cuts, 1]) {
          const amount = Math.floor((gross - refundedMinor) * cut);
          const c = commissionRefundFor({ grossMinor: gross, commissionMinor, refundedMinor }, amount);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(amount);
          given += c;
          refundedMinor += amount;
          expect(given).toBe(Number((2n * BigInt(commissionMinor) * BigInt(refundedMinor) + BigInt(gross)) / (2n * BigInt(gross))));
        }
        expect(refundedMinor).toBe(gross);
        expect(given).toBe(commissionMinor);
      }),
      { numRuns: 2000 },
    );
  });

  it('a whole marketplace order: nets plus commissions equal the charge less refunds, every transaction balances, each balance is the sum of its entries and never negative', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(sellerPart, fc.boolean()), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 50_00 }), fc.integer({ min: 0, max: 50_00 }), fc.array(refund, { maxLength: 12 }), (sold, shippingPrice, tax, refunds) => {
        // Each seller sells goods (shipped) or services (not): an order of services alone pays no shipping.
        const sellers = sold.map(([groups]) => groups);
        const goods = sellers.map((groups) => groups.reduce((sum, g) => sum + g.goodsMinor, 0));
        const shipping = sold.some(([, ships]) => ships) ? shippingPrice : 0;
        const total = goods.reduce((a, b) => a + b, 0) + shipping + tax;
        const gross = splitOrder(
          { totalMinor: total, shippingMinor: shipping },
          sold.map(([, ships], i) => ({ goodsMinor: goods[i], shippedGoodsMinor: ships ? goods[i] : 0, ships })),
        ).map((share) => share.grossMinor);
        const parts = sellers.map((groups, i) => {
          const { commissionMinor } = commissionOnGroups(groups, gross[i]);
          return { grossMinor: gross[i], commissionMinor, netMinor: gross[i] - commissionMinor, refundedMinor: 0, commissionRefundedMinor: 0 };
        });
        // The ledger: one transaction per sale and per reversal; accounts 'clearing', 'commission', 'seller:i'.
        const transactions: Map<string, number>[] = [];
        const post = (entries: [string, number][]) => transactions.push(new Map(entries));
        for (const [i, part] of parts.entries()) post([['clearing', -part.grossMinor], ['commission', part.commissionMinor], [`seller:${i}`, part.netMinor]]);
        const reverse = (i: number, amount: number) => {
          const part = parts[i];
          const c = commissionRefundFor(part, amount);
          post([['clearing', amount], ['commission', -c], [`seller:${i}`, -(amount - c)]]);
          part.refundedMinor += amount;
          part.commissionRefundedMinor += c;
        };
        let refundedTotal = 0;
        for (const r of refunds) {
          if (r.part < 0 || r.part >= parts.length) {
            // A whole-order refund, spread over the parts by what is left on each.
            const left = parts.map((p) => p.grossMinor - p.refundedMinor);
            const amount = Math.floor(left.reduce((a, b) => a + b, 0) * r.share);
            if (amount < 1) continue;
            for (const [i, share] of allocate(amount, left).entries()) if (share > 0) reverse(i, share);
            refundedTotal += amount;
          } else {
            const amount = Math.floor((parts[r.part].grossMinor - parts[r.part].refundedMinor) * r.share);
            if (amount < 1) continue;
            reverse(r.part, amount);
            refundedTotal += amount;
          }
        }
        const balance = (account: string) => transactions.reduce((sum, t) => sum + (t.get(account) ?? 0), 0);
        for (const t of transactions) expect([...t.values()].reduce((a, b) => a + b, 0)).toBe(0);
        expect(gross.reduce((a, b) => a + b, 0)).toBe(total);
        const nets = parts.reduce((sum, _p, i) => sum + balance(`seller:${i}`), 0);
        expect(nets + balance('commission')).toBe(total - refundedTotal);
        expect(0 - balance('clearing')).toBe(total - refundedTotal);
        for (const [i, part] of parts.entries()) {
          const owed = balance(`seller:${i}`);
          expect(owed).toBe(part.netMinor - (part.refundedMinor - part.commissionRefundedMinor));
          expect(owed).toBeGreaterThanOrEqual(0);
          expect(part.commissionRefundedMinor).toBeLessThanOrEqual(part.commissionMinor);
          if (part.refundedMinor === part.grossMinor) expect([owed, part.commissionRefundedMinor]).toEqual([0, part.commissionMinor]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
