import { Injectable } from '@nestjs/common';
import { OfferKind, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Order, OrderLine } from '@flagship/orders';
import { In } from 'typeorm';
import { LedgerAccounts, type SellerRef } from '../ledger/ledger-accounts';
import { LedgerTransactionKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { CommissionRules } from './commission-rules.service';
import { OrderPartEvents } from './order-part.events';
import { FundsStatus, OrderPart, OrderPartStatus } from './order-part.entity';
import { allocate, commissionOn } from './split';

/**
 * Splits orders by seller and books their sales (decision 0036). Runs inside the orders domain's own
 * transactions, as reactions to its events (see OrderPartReactions): a part exists exactly when its
 * order does, and is paid exactly when its order is.
 */
@Injectable()
export class OrderPartService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly commissions: CommissionRules,
    private readonly ledger: LedgerService,
    private readonly events: EventLog,
  ) {}

  /**
   * One part per seller. The order's total (goods, shipping, tax) is spread over the parts in
   * proportion to their goods, so the parts' gross sum to the total to the minor unit; the commission
   * rule in force now is fixed on each part.
   */
  async split(orderId: string): Promise<OrderPart[]> {
    const order = await this.connection.getRepository(Order).findOneByOrFail({ id: orderId });
    const lines = await this.connection.getRepository(OrderLine).find({ where: { orderId }, order: { id: 'ASC' } });
    const bySeller = new Map<string, { seller: SellerRef; lines: OrderLine[] }>();
    for (const line of lines) {
      const key = `${line.sellerKind}:${line.sellerId ?? ''}`;
      const group = bySeller.get(key) ?? { seller: { kind: line.sellerKind, id: line.sellerId }, lines: [] };
      group.lines.push(line);
      bySeller.set(key, group);
    }
    // The brand's part first, then sellers in a fixed order: the allocation's ties always go the same way.
    const groups = [...bySeller.entries()].sort(([a], [b]) => (a.startsWith('BRAND') ? -1 : b.startsWith('BRAND') ? 1 : a.localeCompare(b))).map(([, group]) => group);
    const goods = groups.map((group) => group.lines.reduce((sum, line) => sum + line.lineTotalMinor, 0));
    const gross = allocate(order.totalMinor, goods);
    const repository = this.connection.getRepository(OrderPart);
    const parts: OrderPart[] = [];
    for (const [index, group] of groups.entries()) {
      const rule = await this.commissions.ruleFor(group.seller, group.lines);
      const commissionMinor = commissionOn(goods[index], gross[index], rule);
      const part = await repository.save(
        repository.create({
          orderId,
          buyerId: order.accountId,
          sellerKind: group.seller.kind,
          sellerId: group.seller.id,
          status: OrderPartStatus.PENDING_PAYMENT,
          currency: order.currency,
          goodsMinor: goods[index],
          grossMinor: gross[index],
          commissionBp: rule.bp,
          commissionMinor,
          netMinor: gross[index] - commissionMinor,
        }),
      );
      parts.push(part);
      await this.events.record(OrderPartEvents.placed, {
        actorId: order.accountId,
        subjectId: part.id,
        amount: { minor: part.grossMinor, currency: part.currency },
        payload: {
          orderId,
          sellerKind: part.sellerKind,
          sellerId: part.sellerId,
          commissionMinor: part.commissionMinor,
          offerKinds: [...new Set(group.lines.map((line) => line.offerKind))],
        },
      });
    }
    return parts;
  }

  /**
   * The order is paid: each part is PAID and its sale booked. The buyer's money leaves clearing, the
   * commission goes to the platform and the net to the seller, or, for a member's used item, onto
   * the seller's held account until the sale is settled (resale's claim window).
   */
  async markPaid(orderId: string): Promise<OrderPart[]> {
    const parts = await this.lockParts(orderId);
    const lines = await this.connection.getRepository(OrderLine).find({ where: { orderId } });
    for (const part of parts.filter((p) => p.status === OrderPartStatus.PENDING_PAYMENT)) {
      const seller = { kind: part.sellerKind, id: part.sellerId };
      const held = part.sellerKind === SellerKind.MEMBER && lines.some((l) => l.sellerId === part.sellerId && l.offerKind === OfferKind.USED);
      await this.ledger.post({
        kind: LedgerTransactionKind.SALE,
        idempotencyKey: `sale:${part.id}`,
        memo: `Sale, order part ${part.id}`,
        currency: part.currency,
        orderId,
        orderPartId: part.id,
        entries: [
          { account: LedgerAccounts.clearing, amountMinor: -part.grossMinor },
          { account: LedgerAccounts.commission, amountMinor: part.commissionMinor },
          { account: held ? LedgerAccounts.held(seller) : LedgerAccounts.seller(seller), amountMinor: part.netMinor },
        ],
      });
      await this.connection
        .getRepository(OrderPart)
        .update({ id: part.id }, { status: OrderPartStatus.PAID, paidAt: new Date(), fundsStatus: held ? FundsStatus.HELD : FundsStatus.NONE });
    }
    return this.connection.getRepository(OrderPart).findBy({ orderId });
  }

  /** The unpaid order was cancelled (its reservation expired): so are its parts. */
  async cancelUnpaid(orderId: string): Promise<void> {
    await this.connection
      .getRepository(OrderPart)
      .update({ orderId, status: OrderPartStatus.PENDING_PAYMENT }, { status: OrderPartStatus.CANCELLED, cancelledAt: new Date() });
  }

  /** A cancelled order paid late and reserved again (orders' markPaid): its parts are open again. */
  async reopen(orderId: string): Promise<void> {
    await this.connection.getRepository(OrderPart).update({ orderId, status: OrderPartStatus.CANCELLED }, { status: OrderPartStatus.PENDING_PAYMENT, cancelledAt: null });
  }

  /** An order's parts, locked for the rest of the transaction, in a fixed order. */
  async lockParts(orderId: string): Promise<OrderPart[]> {
    return this.connection
      .getRepository(OrderPart)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.order_id = :orderId', { orderId })
      .orderBy('p.id')
      .getMany();
  }

  /** Parts of many orders (one statement), for loaders. */
  async partsOf(orderIds: readonly string[]): Promise<OrderPart[][]> {
    const parts = orderIds.length ? await this.connection.getRepository(OrderPart).find({ where: { orderId: In([...orderIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }) : [];
    return orderIds.map((id) => parts.filter((part) => part.orderId === id));
  }
}
