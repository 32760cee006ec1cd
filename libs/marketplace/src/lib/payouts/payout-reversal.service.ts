import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { PaymentProviderError, PaymentProviders } from '@flagship/payments';
import { LedgerAccounts } from '../ledger/ledger-accounts';
import { LedgerTransactionKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { OrderPart } from '../order-parts/order-part.entity';
import { Payout, PayoutReversal, PayoutReversalStatus, PayoutStatus } from './payout.entity';
import { PayoutEvents } from './payout.events';
import { PAYOUT_RETRY_AFTER_MS } from './payout.service';
import { remainingNet, remainingNetSql } from '../order-parts/split';

/** What a provider reports about one reversal of a transfer (`transfer.reversed`). */
export interface ReportedReversal {
  providerReversalId: string;
  amountMinor: number;
  /** Our `payout_reversal` id, for reversals the platform made (sent as metadata). */
  reference: string | null;
}

/**
 * Takes paid-out money back after refunds (decision 0041). A part's payout should never exceed what
 * the seller keeps of it: its net less the seller's share of what was refunded. Whatever a payout
 * exceeds that by is reversed at the provider (a transfer reversal), in the steps payouts use: a
 * PENDING `payout_reversal` claimed under a lock on the payout (one at a time), the provider asked with
 * its key, then SENT with the ledger's PAYOUT_REVERSAL (`payouts:<provider>` −x, seller +x) and
 * `payout.reversed` in one transaction. Found by polling parts whose refunds grew since their payout.
 */
@Injectable()
export class PayoutReversalService {
  private readonly logger = new Logger(PayoutReversalService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: PaymentProviders,
    private readonly ledger: LedgerService,
    private readonly events: EventLog,
  ) {}

  /** Payouts that exceed what their seller keeps after refunds, or have a reversal waiting for an answer. */
  async duePayouts(now = new Date()): Promise<string[]> {
    const rows: { id: string }[] = await this.connection.manager.query(
      `SELECT po.id FROM payout po JOIN order_part p ON p.id = po.order_part_id
        WHERE po.status IN ('SENT', 'REVERSED')
          AND (po.amount_minor - po.reversed_minor > GREATEST(0, ${remainingNetSql('p')})
               OR EXISTS (SELECT 1 FROM payout_reversal r WHERE r.payout_id = po.id AND r.status = 'PENDING'))
          AND NOT EXISTS (SELECT 1 FROM payout_reversal r WHERE r.payout_id = po.id AND r.status = 'FAILED' AND r.created_at > $1)
        ORDER BY po.sent_at LIMIT 100`,
      [new Date(now.getTime() - PAYOUT_RETRY_AFTER_MS)],
    );
    return rows.map((row) => row.id);
  }

  async run(now = new Date()): Promise<{ reversed: number; pending: number; failed: number }> {
    const counts = { reversed: 0, pending: 0, failed: 0 };
    for (const payoutId of await this.duePayouts(now)) {
      try {
        const outcome = await this.reverse(payoutId);
        if (outcome === 'SENT') counts.reversed++;
        else if (outcome === 'FAILED') counts.failed++;
        else if (outcome === 'PENDING') counts.pending++;
      } catch (error) {
        this.logger.error(`Reversing payout ${payoutId} failed: ${String(error)}`);
        counts.pending++;
      }
    }
    return counts;
  }

  async reverse(payoutId: string): Promise<'SENT' | 'PENDING' | 'FAILED' | 'NOTHING'> {
    const claimed = await this.connection.withTransaction(() => this.claim(payoutId));
    if (!claimed) return 'NOTHING';
    const { payout, reversal } = claimed;
    const provider = this.providers.for(payout);
    if (this.connection.inTransaction && provider.name !== 'offline-test') throw new Error('A transfer reversal was attempted inside a database transaction');
    let providerReversalId: string;
    try {
      ({ providerReversalId } = await provider.reverseTransfer({
        providerTransferId: payout.providerTransferId!,
        amountMinor: reversal.amountMinor,
        idempotencyKey: reversal.idempotencyKey,
        metadata: { payoutReversalId: reversal.id, orderPartId: payout.orderPartId },
      }));
    } catch (error) {
      if (PaymentProviderError.outcomeOf(error) === 'UNKNOWN') return 'PENDING';
      this.logger.warn(`Reversal ${reversal.id} of payout ${payout.id} declined: ${String(error)}`);
      await this.connection.getRepository(PayoutReversal).update({ id: reversal.id, status: PayoutReversalStatus.PENDING }, { status: PayoutReversalStatus.FAILED });
      return 'FAILED';
    }
    await this.connection.withTransaction(() => this.complete(reversal.id, providerReversalId));
    return 'SENT';
  }

  /**
   * The provider's report of a transfer's reversals (`transfer.reversed`), in the webhook's transaction.
   * Ours (named by their reference) are completed if they were still waiting; others (made in the
   * provider's dashboard) are recorded as they are, so the ledger follows the money either way.
   */
  async applyReported(provider: string, providerTransferId: string, reversals: readonly ReportedReversal[]): Promise<void> {
    const payout = await this.connection.getRepository(Payout).findOneBy({ provider, providerTransferId });
    if (!payout) {
      this.logger.warn(`${provider} reports reversals of transfer ${providerTransferId}, which is no payout of ours; ignored`);
      return;
    }
    const rows = this.connection.getRepository(PayoutReversal);
    for (const reported of reversals) {
      const ours = reported.reference ? await rows.findOneBy({ id: reported.reference, payoutId: payout.id }) : null;
      if (ours) {
        await this.complete(ours.id, reported.providerReversalId);
        continue;
      }
      if (await rows.findOneBy({ providerReversalId: reported.providerReversalId })) continue;
      const recorded = await rows.save(
        rows.create({ payoutId: payout.id, amountMinor: reported.amountMinor, status: PayoutReversalStatus.PENDING, idempotencyKey: `reported-${reported.providerReversalId}` }),
      );
      await this.complete(recorded.id, reported.providerReversalId);
    }
  }

  private async claim(payoutId: string): Promise<{ payout: Payout; reversal: PayoutReversal } | null> {
    const payout = await this.connection.getRepository(Payout).createQueryBuilder('po').setLock('pessimistic_write').where('po.id = :payoutId', { payoutId }).getOne();
    if (!payout || !payout.providerTransferId || (payout.status !== PayoutStatus.SENT && payout.status !== PayoutStatus.REVERSED)) return null;
    const rows = this.connection.getRepository(PayoutReversal);
    const pending = await rows.findOneBy({ payoutId, status: PayoutReversalStatus.PENDING });
    if (pending) return { payout, reversal: pending };
    const part = await this.connection.getRepository(OrderPart).findOneByOrFail({ id: payout.orderPartId });
    const kept = Math.max(0, remainingNet(part));
    const amountMinor = payout.amountMinor - payout.reversedMinor - kept;
    if (amountMinor <= 0) return null;
    const id = randomUUID();
    const reversal = await rows.save(rows.create({ id, payoutId, amountMinor, status: PayoutReversalStatus.PENDING, idempotencyKey: `payout-reversal-${id}` }));
    return { payout, reversal };
  }

  /** The reversal happened: once, whoever reports it first (our call's answer or the webhook). */
  private async complete(reversalId: string, providerReversalId: string): Promise<void> {
    const updated = await this.connection
      .getRepository(PayoutReversal)
      .update({ id: reversalId, status: PayoutReversalStatus.PENDING }, { status: PayoutReversalStatus.SENT, providerReversalId });
    if (!updated.affected) return;
    const reversal = await this.connection.getRepository(PayoutReversal).findOneByOrFail({ id: reversalId });
    await this.connection.manager.query(`UPDATE payout SET reversed_minor = reversed_minor + $2, status = 'REVERSED', updated_at = now() WHERE id = $1`, [
      reversal.payoutId,
      reversal.amountMinor,
    ]);
    const payout = await this.connection.getRepository(Payout).findOneByOrFail({ id: reversal.payoutId });
    await this.ledger.post({
      kind: LedgerTransactionKind.PAYOUT_REVERSAL,
      idempotencyKey: `payout-reversal:${reversal.id}`,
      memo: `${payout.testMode ? 'Test-mode payout' : 'Payout'} ${payout.providerTransferId} reversed by ${providerReversalId}`,
      currency: payout.currency,
      orderId: payout.orderId,
      orderPartId: payout.orderPartId,
      entries: [
        { account: LedgerAccounts.payouts(payout.provider), amountMinor: -reversal.amountMinor },
        { account: LedgerAccounts.seller({ kind: payout.sellerKind, id: payout.sellerId }), amountMinor: reversal.amountMinor },
      ],
    });
    await this.events.record(PayoutEvents.reversed, {
      actorId: null,
      subjectId: payout.id,
      amount: { minor: reversal.amountMinor, currency: payout.currency },
      payload: { orderPartId: payout.orderPartId, sellerKind: payout.sellerKind, sellerId: payout.sellerId, providerReversalId },
    });
  }
}
