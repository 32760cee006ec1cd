import { Injectable } from '@nestjs/common';
import { SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { OrderLine } from '@flagship/orders';
import { In } from 'typeorm';
import { LedgerAccounts } from '../ledger/ledger-accounts';
import { LedgerTransactionKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { OrderPart, OrderPartStatus } from '../order-parts/order-part.entity';
import { RoyaltyEvents } from './resale.events';
import { RoyaltyAgreement } from './royalty-agreement.entity';

/** `bp` basis points of `amountMinor`, rounded half up. */
export function royaltyOn(amountMinor: number, bp: number): number {
  return Number((BigInt(amountMinor) * BigInt(bp) * 2n + 10_000n) / 20_000n);
}

/**
 * Build creators' royalties (decision 0042): a build accepted in the community becomes a brand product
 * with a royalty agreement; each paid brand order part with such products moves `bp` of those lines'
 * totals from `seller:BRAND` to `royalty:<creator>`, one ledger transaction per part and creator.
 */
@Injectable()
export class RoyaltyService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: LedgerService,
    private readonly events: EventLog,
  ) {}

  /** Records (or updates) the agreement of an accepted build's product. */
  async agree(productId: string, creatorId: string, bp: number): Promise<void> {
    await this.connection.query(
      `INSERT INTO royalty_agreement (product_id, creator_id, bp) VALUES ($1, $2, $3)
       ON CONFLICT (product_id) DO UPDATE SET creator_id = EXCLUDED.creator_id, bp = EXCLUDED.bp`,
      [productId, creatorId, bp],
    );
  }

  /** The order was paid (after the foundation booked its sales): royalties on its brand part. */
  async postForOrder(orderId: string, buyerId: string): Promise<void> {
    const part = await this.connection.getRepository(OrderPart).findOneBy({ orderId, sellerKind: SellerKind.BRAND, status: OrderPartStatus.PAID });
    if (!part) return;
    const lines = await this.connection.getRepository(OrderLine).findBy({ orderId, sellerKind: SellerKind.BRAND });
    if (!lines.length) return;
    const agreements = await this.connection.getRepository(RoyaltyAgreement).findBy({ productId: In([...new Set(lines.map((l) => l.productId))]) });
    if (!agreements.length) return;
    const byCreator = new Map<string, { bp: number; totalMinor: number; productIds: Set<string> }[]>();
    for (const agreement of agreements) {
      const totalMinor = lines.filter((l) => l.productId === agreement.productId).reduce((sum, l) => sum + l.lineTotalMinor, 0);
      byCreator.set(agreement.creatorId, [...(byCreator.get(agreement.creatorId) ?? []), { bp: agreement.bp, totalMinor, productIds: new Set([agreement.productId]) }]);
    }
    for (const [creatorId, shares] of [...byCreator.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const amountMinor = shares.reduce((sum, share) => sum + royaltyOn(share.totalMinor, share.bp), 0);
      if (amountMinor <= 0) continue;
      const { created } = await this.ledger.post({
        kind: LedgerTransactionKind.ROYALTY,
        idempotencyKey: `royalty:${part.id}:${creatorId}`,
        memo: `Royalty on order part ${part.id}`,
        currency: part.currency,
        orderId,
        orderPartId: part.id,
        entries: [
          { account: LedgerAccounts.seller({ kind: SellerKind.BRAND, id: null }), amountMinor: -amountMinor },
          { account: LedgerAccounts.royalty(creatorId), amountMinor },
        ],
      });
      if (created) {
        await this.events.record(RoyaltyEvents.earned, {
          actorId: buyerId,
          subjectId: part.id,
          amount: { minor: amountMinor, currency: part.currency },
          payload: { creatorId, productIds: shares.flatMap((s) => [...s.productIds]) },
        });
      }
    }
  }
}
