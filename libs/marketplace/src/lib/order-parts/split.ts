/**
 * Spreads `total` over `weights` in proportion, in whole minor units, so the shares sum to `total`
 * exactly (largest remainder: each share rounded down, the units left over go to the largest
 * fractions, ties to the earlier weight). All weights 0: everything to the first.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  if (sum === 0n) return weights.map((_, index) => (index === 0 ? total : 0));
  const big = BigInt(total);
  const shares = weights.map((weight) => (big * BigInt(weight)) / sum);
  const remainders = weights.map((weight, index) => ({ index, remainder: (big * BigInt(weight)) % sum }));
  let left = big - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    shares[index] += 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

/** One seller's part of an order, as the split weighs it. */
export interface PartGoods {
  /** Its lines' totals, all kinds. */
  goodsMinor: number;
  /** Its shipped lines' totals (goods and used items; not services). */
  shippedGoodsMinor: number;
  /** Whether it has a shipped line at all (one may cost nothing). */
  ships: boolean;
}

/**
 * What each part of an order carries (decision 0036): the order's shipping goes only to parts that ship
 * something, in proportion to their shipped goods (equally among them when those cost nothing; over all
 * goods only for an order where no part ships, which pricing never charges shipping for); then the
 * order's total is spread in proportion to each part's taxable amount (goods + its shipping), which
 * gives each part its tax on top of exactly that amount. Parts sum to `totalMinor` to the minor unit,
 * and a part that ships nothing (only services) carries no shipping.
 */
export function splitOrder(order: { totalMinor: number; shippingMinor: number }, parts: readonly PartGoods[]): { shippingMinor: number; grossMinor: number }[] {
  const shipping = Math.min(order.shippingMinor, order.totalMinor);
  const shippedWeights = parts.some((part) => part.ships)
    ? parts.some((part) => part.ships && part.shippedGoodsMinor > 0)
      ? parts.map((part) => (part.ships ? part.shippedGoodsMinor : 0))
      : parts.map((part) => (part.ships ? 1 : 0))
    : parts.map((part) => part.goodsMinor);
  const shippingShares = allocate(shipping, shippedWeights);
  const taxable = parts.map((part, index) => part.goodsMinor + shippingShares[index]);
  // A total below the goods and shipping (never from checkout's pricing) is spread over the goods as before.
  const weights = taxable.reduce((a, b) => a + b, 0) <= order.totalMinor ? taxable : parts.map((part) => part.goodsMinor);
  const gross = allocate(order.totalMinor, weights);
  return parts.map((_, index) => ({ shippingMinor: weights === taxable ? shippingShares[index] : 0, grossMinor: gross[index] }));
}

export interface CommissionRule {
  bp: number;
  floorMinor: number | null;
  capMinor: number | null;
}

/**
 * The commission on a part: `bp` of its goods, rounded half up, raised to the floor and lowered to the
 * cap, and never more than what the buyer paid for the part.
 */
export function commissionOn(goodsMinor: number, grossMinor: number, rule: CommissionRule): number {
  let commission = Number((BigInt(goodsMinor) * BigInt(rule.bp) * 2n + 10_000n) / 20_000n);
  if (rule.floorMinor !== null) commission = Math.max(commission, rule.floorMinor);
  if (rule.capMinor !== null) commission = Math.min(commission, rule.capMinor);
  return Math.max(0, Math.min(commission, grossMinor));
}

/**
 * The commission given back with a refund, in proportion to what was refunded so far: the cumulative
 * share is rounded, so many small refunds add up to the same commission as one refund of the sum.
 */
export function commissionRefundFor(part: { grossMinor: number; commissionMinor: number; refundedMinor: number }, refundMinor: number): number {
  const cumulative = (refunded: number) => Number((BigInt(part.commissionMinor) * BigInt(refunded) * 2n + BigInt(part.grossMinor)) / (2n * BigInt(part.grossMinor)));
  if (part.grossMinor === 0) return 0;
  return cumulative(part.refundedMinor + refundMinor) - cumulative(part.refundedMinor);
}

/** Goods of one part under one rule: a part's lines grouped by the rule that applies to each. */
export interface RuledGoods {
  rule: CommissionRule;
  goodsMinor: number;
}

/**
 * The commission on a part whose lines fall under several rules (a vendor's goods in two categories):
 * each rule applies to its own goods (`commissionOn`, its floor and cap included), the results are
 * summed, and the sum never exceeds what the buyer paid for the part. Also the `bp` kept on the part
 * for the record: the rule's own when one applies, else the effective rate (commission ÷ goods).
 */
export function commissionOnGroups(groups: readonly RuledGoods[], grossMinor: number): { commissionMinor: number; bp: number } {
  const commission = groups.reduce((sum, group) => sum + commissionOn(group.goodsMinor, Number.MAX_SAFE_INTEGER, group.rule), 0);
  const commissionMinor = Math.max(0, Math.min(commission, grossMinor));
  if (groups.length === 1) return { commissionMinor, bp: groups[0].rule.bp };
  const goods = groups.reduce((sum, group) => sum + group.goodsMinor, 0);
  return { commissionMinor, bp: goods > 0 ? Math.min(10_000, Math.round((commissionMinor * 10_000) / goods)) : 0 };
}

/** What a part still owes its seller: its net less the refunds' share of it (refunded − commission given back). */
export function remainingNet(part: { netMinor: number; refundedMinor: number; commissionRefundedMinor: number }): number {
  return part.netMinor - (part.refundedMinor - part.commissionRefundedMinor);
}

/** `remainingNet` in SQL, for an `order_part` row under `alias`. */
export const remainingNetSql = (alias: string) => `(${alias}.net_minor - (${alias}.refunded_minor - ${alias}.commission_refunded_minor))`;
