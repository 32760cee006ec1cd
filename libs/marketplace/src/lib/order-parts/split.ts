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
