import { Injectable, Logger } from '@nestjs/common';
import { SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { PaymentProviderError, PaymentProviders, PaymentService, PaymentStatus, type PaymentProvider } from '@flagship/payments';
import { LedgerAccounts } from '../ledger/ledger-accounts';
import { LedgerTransactionKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { FundsStatus, OrderPart, OrderPartStatus } from '../order-parts/order-part.entity';
import { PayoutAccount } from './payout-account.entity';
import { Payout, PayoutStatus } from './payout.entity';
import { PayoutEvents } from './payout.events';
import { remainingNet, remainingNetSql } from '../order-parts/split';

/** A payout the provider declined is tried again (with a new key) after this long. */
export const PAYOUT_RETRY_AFTER_MS = 60 * 60 * 1000;

export type PayoutOutcome = 'SENT' | 'PENDING' | 'FAILED' | 'BLOCKED' | 'NOTHING';

export interface PayoutRunOptions {
  /** Only parts whose payment this provider took (the demo pays its offline-test orders only). */
  provider?: string;
  limit?: number;
  now?: Date;
}

/** A part's net still owed to its seller: its net less the seller's share of what was refunded. */
const REMAINING_NET = remainingNetSql('p');

/**
 * Sends each order part's net to its seller's connected account (decision 0041) when the part is
 * fulfilled (goods, services) or its held funds are released (used items), as a transfer in the
 * order's transfer group from the order's charge. Three steps, never a transaction around the call:
 *  1. claim the part's payout row (PENDING, with its idempotency key and amount) under a lock;
 *  2. ask the provider that took the payment, with that key;
 *  3. SENT, the ledger's PAYOUT (seller −x, `payouts:<provider>` +x) and `payout.sent`, in one
 *     transaction. Declined: FAILED, tried again later with a new key. No answer: it stays PENDING
 *     and the next run asks again with the same key, so the seller is paid once.
 */
@Injectable()
export class PayoutService {
  private readonly logger = new Logger(PayoutService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: PaymentProviders,
    private readonly payments: PaymentService,
    private readonly ledger: LedgerService,
    private readonly events: EventLog,
  ) {}

  /**
   * Parts to pay out now: VENDOR or MEMBER, fulfilled or released, net left, the seller's account
   * enabled, not paid yet; and, whatever became of their part since, every payout still PENDING (asked
   * with no answer: the transfer may have happened, so it is asked again with its key and recorded;
   * the reversal job then takes back what the part no longer owes).
   */
  async dueParts(options: PayoutRunOptions = {}): Promise<string[]> {
    const retryBefore = new Date((options.now ?? new Date()).getTime() - PAYOUT_RETRY_AFTER_MS);
    const rows: { id: string }[] = await this.connection.manager.query(
      `SELECT id FROM (
         SELECT po.order_part_id AS id, 0 AS rank, p.fulfilled_at
           FROM payout po JOIN order_part p ON p.id = po.order_part_id
          WHERE po.status = 'PENDING' AND ($2::text IS NULL OR po.provider = $2)
         UNION
         SELECT p.id, 1 AS rank, p.fulfilled_at FROM order_part p
           JOIN payment pay ON pay.order_id = p.order_id AND pay.status = 'SUCCEEDED'
           JOIN payout_account a ON a.seller_kind = p.seller_kind AND a.seller_id = p.seller_id
                                 AND a.provider = pay.provider AND a.test_mode = pay.test_mode AND a.transfers_enabled
           LEFT JOIN payout po ON po.order_part_id = p.id
          WHERE p.seller_kind IN ('VENDOR', 'MEMBER')
            AND p.status IN ('PAID', 'FULFILLED')
            AND ((p.status = 'FULFILLED' AND p.funds_status = 'NONE') OR p.funds_status = 'RELEASED')
            AND ${REMAINING_NET} > 0
            AND (po.id IS NULL OR po.status = 'BLOCKED' OR (po.status = 'FAILED' AND po.attempted_at < $1))
            AND ($2::text IS NULL OR pay.provider = $2)
       ) due
       ORDER BY rank, fulfilled_at NULLS LAST, id
       LIMIT $3`,
      [retryBefore, options.provider ?? null, options.limit ?? 100],
    );
    return [...new Set(rows.map((row) => row.id))];
  }

  /** Pays every due part once (the job, every minute); one part's failure never stops the others. */
  async run(options: PayoutRunOptions = {}): Promise<Record<PayoutOutcome, number>> {
    const counts: Record<PayoutOutcome, number> = { SENT: 0, PENDING: 0, FAILED: 0, BLOCKED: 0, NOTHING: 0 };
    for (const partId of await this.dueParts(options)) {
      try {
        counts[await this.payPart(partId, options.now)]++;
      } catch (error) {
        this.logger.error(`Paying out order part ${partId} failed: ${String(error)}`);
        counts.PENDING++;
      }
    }
    return counts;
  }

  /** One part's payout, start to end (see the class). */
  async payPart(partId: string, now = new Date()): Promise<PayoutOutcome> {
    const claimed = await this.connection.withTransaction(() => this.claim(partId, now));
    if (!claimed || claimed.status === PayoutStatus.BLOCKED) return claimed ? 'BLOCKED' : 'NOTHING';
    const provider = this.providers.for(claimed);
    this.assertMayCall(provider);
    const chargeId = await this.payments.chargeIdFor(claimed.orderId);
    if (!chargeId) {
      // Stripe has not told us the charge yet: the transfer must name it, so it waits for the next run.
      this.logger.warn(`Payout ${claimed.id}: the charge of order ${claimed.orderId} is not known yet; retried later`);
      return 'PENDING';
    }
    let transferId: string;
    try {
      ({ providerTransferId: transferId } = await provider.createTransfer({
        amountMinor: claimed.amountMinor,
        currency: claimed.currency,
        destination: claimed.providerAccountId!,
        transferGroup: claimed.orderId,
        sourceTransaction: chargeId,
        idempotencyKey: claimed.idempotencyKey,
        metadata: { orderPartId: claimed.orderPartId, payoutId: claimed.id },
      }));
    } catch (error) {
      if (PaymentProviderError.outcomeOf(error) === 'UNKNOWN') {
        this.logger.warn(`Payout ${claimed.id}: no answer from ${provider.name} (${String(error)}); asked again with the same key`);
        return 'PENDING';
      }
      await this.connection
        .getRepository(Payout)
        .update({ id: claimed.id, status: PayoutStatus.PENDING }, { status: PayoutStatus.FAILED, blockedReason: `Declined by the payment provider: ${String((error as Error).message).slice(0, 300)}` });
      return 'FAILED';
    }
    await this.connection.withTransaction(() => this.markSent(claimed, transferId));
    return 'SENT';
  }

  /** The payout row of a due part, PENDING with its key and amount; BLOCKED when the seller must act first; null when nothing is due. */
  private async claim(partId: string, now: Date): Promise<Payout | null> {
    const [part] = await this.connection.getRepository(OrderPart).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :partId', { partId }).getMany();
    if (!part) return null;
    const payouts = this.connection.getRepository(Payout);
    const existing = await payouts.createQueryBuilder('po').setLock('pessimistic_write').where('po.order_part_id = :partId', { partId }).getOne();
    // PENDING: asked before with no answer, so the transfer may have happened. Asked again with the same
    // key and amount before anything else is looked at (refunds, the account since disabled): once it is
    // SENT, the reversal job takes back whatever the part no longer owes. SENT, REVERSED: done.
    if (existing?.status === PayoutStatus.PENDING) return existing;
    if (existing && existing.status !== PayoutStatus.FAILED && existing.status !== PayoutStatus.BLOCKED) return null;
    if (!isReady(part) || !part.sellerId) return null;
    const payment = await this.payments.findByOrder(part.orderId);
    if (!payment || payment.status !== PaymentStatus.SUCCEEDED) return null;
    const account = await this.connection
      .getRepository(PayoutAccount)
      .findOneBy({ sellerKind: part.sellerKind, sellerId: part.sellerId, provider: payment.provider, testMode: payment.testMode, transfersEnabled: true });
    if (!account) return null;
    const amountMinor = remainingNet(part);
    if (amountMinor <= 0) return null;
    const blockedReason = await this.blockedReason(part);
    if (existing) {
      // A declined payout is tried with a new key (the provider would replay its refusal to the old one);
      // a blocked one was never sent and keeps its key.
      const attempts = existing.status === PayoutStatus.FAILED ? existing.attempts + 1 : existing.attempts;
      await payouts.update(
        { id: existing.id },
        {
          status: blockedReason ? PayoutStatus.BLOCKED : PayoutStatus.PENDING,
          blockedReason,
          attempts,
          idempotencyKey: attempts === 1 ? existing.idempotencyKey : `payout-${partId}-${attempts}`,
          amountMinor,
          providerAccountId: account.providerAccountId,
          attemptedAt: now,
        },
      );
      return payouts.findOneByOrFail({ id: existing.id });
    }
    return payouts.save(
      payouts.create({
        orderPartId: part.id,
        orderId: part.orderId,
        sellerKind: part.sellerKind,
        sellerId: part.sellerId,
        amountMinor,
        currency: part.currency,
        provider: payment.provider,
        testMode: payment.testMode,
        providerAccountId: account.providerAccountId,
        status: blockedReason ? PayoutStatus.BLOCKED : PayoutStatus.PENDING,
        blockedReason,
        idempotencyKey: `payout-${partId}`,
        attemptedAt: now,
      }),
    );
  }

  /**
   * What the seller must do before being paid. Members must have confirmed they are adults (resale
   * records it in `seller_attestation`, read here with plain SQL so payouts need nothing else of
   * resale); without that table or a confirmation, the payout waits, its reason recorded.
   */
  private async blockedReason(part: OrderPart): Promise<string | null> {
    if (part.sellerKind !== SellerKind.MEMBER) return null;
    const [{ present }] = await this.connection.manager.query(`SELECT to_regclass('seller_attestation') IS NOT NULL AS present`);
    if (!present) return ADULT_CONFIRMATION_MISSING;
    const confirmed: unknown[] = await this.connection.manager.query(`SELECT 1 FROM seller_attestation WHERE account_id = $1 AND adult_confirmed_at IS NOT NULL`, [part.sellerId]);
    return confirmed.length ? null : ADULT_CONFIRMATION_MISSING;
  }

  private async markSent(payout: Payout, providerTransferId: string): Promise<void> {
    const updated = await this.connection
      .getRepository(Payout)
      .update({ id: payout.id, status: PayoutStatus.PENDING, idempotencyKey: payout.idempotencyKey }, { status: PayoutStatus.SENT, providerTransferId, sentAt: new Date(), blockedReason: null });
    if (!updated.affected) return;
    const seller = { kind: payout.sellerKind, id: payout.sellerId };
    await this.ledger.post({
      kind: LedgerTransactionKind.PAYOUT,
      idempotencyKey: `payout:${payout.id}`,
      memo: `${payout.testMode ? 'Test-mode payout' : 'Payout'} ${providerTransferId}, order part ${payout.orderPartId}`,
      currency: payout.currency,
      orderId: payout.orderId,
      orderPartId: payout.orderPartId,
      entries: [
        { account: LedgerAccounts.seller(seller), amountMinor: -payout.amountMinor },
        { account: LedgerAccounts.payouts(payout.provider), amountMinor: payout.amountMinor },
      ],
    });
    await this.events.record(PayoutEvents.sent, {
      actorId: null,
      subjectId: payout.id,
      amount: { minor: payout.amountMinor, currency: payout.currency },
      payload: { orderPartId: payout.orderPartId, sellerKind: payout.sellerKind, sellerId: payout.sellerId, provider: payout.provider, testMode: payout.testMode, providerTransferId },
    });
  }

  /** Provider calls can be slow and hold nothing: only the offline provider (no network) may run inside a transaction (the demo's). */
  private assertMayCall(provider: PaymentProvider): void {
    if (this.connection.inTransaction && provider.name !== 'offline-test') throw new Error('A payout was attempted inside a database transaction');
  }
}

export const ADULT_CONFIRMATION_MISSING = 'The seller has not confirmed they are an adult yet';

/** Fulfilled goods or services paid straight to the seller, or a used item whose held funds were released. */
function isReady(part: OrderPart): boolean {
  if (part.sellerKind !== SellerKind.VENDOR && part.sellerKind !== SellerKind.MEMBER) return false;
  if (part.status !== OrderPartStatus.PAID && part.status !== OrderPartStatus.FULFILLED) return false;
  return (part.status === OrderPartStatus.FULFILLED && part.fundsStatus === FundsStatus.NONE) || part.fundsStatus === FundsStatus.RELEASED;
}
