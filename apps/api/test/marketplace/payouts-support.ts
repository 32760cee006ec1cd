import { SellerKind } from '@flagship/catalog';
import { LedgerAccounts, LedgerService, LedgerTransactionKind, commissionRefundFor } from '@flagship/marketplace';
import type { TestEnvironment } from '../support/test-environment';

export const PAYOUT_ACCOUNT = `query($kind: SellerKind!, $id: ID!) { payoutAccount(sellerKind: $kind, sellerId: $id) { status provider testMode payoutsEnabled } }`;
export const START_ONBOARDING = `mutation($kind: SellerKind!, $id: ID!) { startPayoutOnboarding(sellerKind: $kind, sellerId: $id) { url account { status testMode } } }`;
export const SELLER_PAYOUTS = `query($kind: SellerKind!, $id: ID!) { sellerPayouts(sellerKind: $kind, sellerId: $id) { id orderPartId status provider testMode providerTransferId blockedReason amount { amountMinor currency } reversed { amountMinor } } }`;
export const SELLER_BALANCE = `query($kind: SellerKind!, $id: ID!) { sellerBalance(sellerKind: $kind, sellerId: $id) { currency owed { amountMinor } held { amountMinor } paidOut { amountMinor } } }`;

export interface PartRow {
  id: string;
  gross_minor: number;
  commission_minor: number;
  net_minor: number;
  refunded_minor: number;
  commission_refunded_minor: number;
  currency: string;
}

export async function partOf(env: TestEnvironment, orderId: string, sellerId: string): Promise<PartRow> {
  const [part] = await env.dataSource.query(
    `SELECT id, gross_minor::int, commission_minor::int, net_minor::int, refunded_minor::int, commission_refunded_minor::int, currency
       FROM order_part WHERE order_id = $1 AND seller_id = $2`,
    [orderId, sellerId],
  );
  return part;
}

/** What the order-parts feature does when a part is fulfilled (its engineer owns the real path). */
export async function fulfil(env: TestEnvironment, partId: string): Promise<void> {
  await env.dataSource.query(`UPDATE order_part SET status = 'FULFILLED', fulfilled_at = now() WHERE id = $1`, [partId]);
}

/**
 * What the order-parts feature records when part of a part is refunded (decision 0036): the part's
 * refunded amounts grow and a REFUND reverses the sale in proportion, commission included.
 */
export async function refundPart(env: TestEnvironment, part: PartRow, kind: SellerKind, sellerId: string, refundMinor: number): Promise<number> {
  const commission = commissionRefundFor({ grossMinor: part.gross_minor, commissionMinor: part.commission_minor, refundedMinor: part.refunded_minor }, refundMinor);
  await env.app.get(LedgerService).post({
    kind: LedgerTransactionKind.REFUND,
    idempotencyKey: `test-refund:${part.id}:${part.refunded_minor + refundMinor}`,
    memo: 'Test refund of a part',
    currency: part.currency,
    orderPartId: part.id,
    entries: [
      { account: LedgerAccounts.clearing, amountMinor: refundMinor },
      { account: LedgerAccounts.commission, amountMinor: -commission },
      { account: LedgerAccounts.seller({ kind, id: sellerId }), amountMinor: -(refundMinor - commission) },
    ],
  });
  await env.dataSource.query(`UPDATE order_part SET refunded_minor = refunded_minor + $2, commission_refunded_minor = commission_refunded_minor + $3 WHERE id = $1`, [
    part.id,
    refundMinor,
    commission,
  ]);
  return refundMinor - commission;
}

export async function unbalancedTransactions(env: TestEnvironment): Promise<number> {
  const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0) t`);
  return n;
}
