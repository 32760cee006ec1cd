import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { LedgerAccounts } from '../ledger/ledger-accounts';
import { LedgerTransactionKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { OrderPart, OrderPartStatus } from './order-part.entity';
import { commissionRefundFor } from './split';

/**
 * STAND-IN written on the resale branch so it compiles and runs: the order-parts engineer's file of the
 * same path and contract replaces it at merge (take theirs). Reverses `amountMinor` of a part on the
 * ledger in proportion (seller's net and commission back to clearing) and marks it REFUNDED when whole.
 */
@Injectable()
export class OrderPartRefundService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: LedgerService,
  ) {}

  async refund(input: { partId: string; amountMinor: number; idempotencyKey: string; reason: string; actorId: string | null }): Promise<OrderPart> {
    return this.connection.withTransaction(async () => {
      const part = await this.connection.getRepository(OrderPart).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: input.partId }).getOneOrFail();
      const commission = commissionRefundFor(part, input.amountMinor);
      const { created } = await this.ledger.post({
        kind: LedgerTransactionKind.REFUND,
        idempotencyKey: input.idempotencyKey,
        memo: `Refund, order part ${part.id}: ${input.reason}`,
        currency: part.currency,
        orderId: part.orderId,
        orderPartId: part.id,
        entries: [
          { account: LedgerAccounts.clearing, amountMinor: input.amountMinor },
          { account: LedgerAccounts.commission, amountMinor: -commission },
          { account: LedgerAccounts.seller({ kind: part.sellerKind, id: part.sellerId }), amountMinor: -(input.amountMinor - commission) },
        ],
      });
      if (created) {
        const refunded = part.refundedMinor + input.amountMinor;
        await this.connection.getRepository(OrderPart).update(
          { id: part.id },
          { refundedMinor: refunded, commissionRefundedMinor: part.commissionRefundedMinor + commission, ...(refunded >= part.grossMinor ? { status: OrderPartStatus.REFUNDED } : {}) },
        );
      }
      return this.connection.getRepository(OrderPart).findOneByOrFail({ id: part.id });
    });
  }
}
