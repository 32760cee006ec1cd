import { Injectable } from '@nestjs/common';
import { SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog, ReactTo, type RecordedEvent } from '@flagship/events';
import { OrderEvents } from '@flagship/orders';
import { VendorCustomerEvents } from './vendor-customer.events';

/**
 * Records `vendor_customer.gained` when a buyer pays for their first order part from a vendor, in the
 * transaction that pays the order. The order's parts exist since it was placed; whether the order-parts
 * reaction to the same event has marked them PAID yet does not matter: "first" means no part of another
 * order of this buyer from this vendor was ever paid, and this order's own parts are left out of that
 * question. A transaction-scoped advisory lock per vendor and buyer keeps two orders paid at the same
 * moment from both counting as the first.
 */
@Injectable()
export class VendorCustomerReactions {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventLog,
  ) {}

  @ReactTo(OrderEvents.paid)
  async orderPaid(event: RecordedEvent<typeof OrderEvents.paid>): Promise<void> {
    const orderId = event.subjectId;
    const manager = this.connection.manager;
    const parts: { id: string; sellerId: string; buyerId: string }[] = await manager.query(
      `SELECT id, seller_id AS "sellerId", buyer_id AS "buyerId" FROM order_part WHERE order_id = $1 AND seller_kind = $2 ORDER BY seller_id`,
      [orderId, SellerKind.VENDOR],
    );
    if (parts.length === 0) return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k ORDER BY k`, [
      parts.map((part) => `vendor_customer:${part.sellerId}:${part.buyerId}`),
    ]);
    const firsts: { id: string; sellerId: string; buyerId: string }[] = await manager.query(
      `SELECT p.id, p.seller_id AS "sellerId", p.buyer_id AS "buyerId"
         FROM order_part p
        WHERE p.order_id = $1 AND p.seller_kind = $2
          AND NOT EXISTS (
            SELECT 1 FROM order_part q
             WHERE q.seller_kind = $2 AND q.seller_id = p.seller_id AND q.buyer_id = p.buyer_id
               AND q.order_id <> p.order_id AND q.paid_at IS NOT NULL)
        ORDER BY p.seller_id`,
      [orderId, SellerKind.VENDOR],
    );
    for (const part of firsts) {
      await this.events.record(VendorCustomerEvents.gained, {
        actorId: part.buyerId,
        subjectId: part.sellerId,
        payload: { firstOrderPartId: part.id, orderId },
      });
    }
  }
}
