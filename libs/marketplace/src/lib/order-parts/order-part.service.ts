import { Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, decodeCursor, encodeCursor, notFound, toConnection, type Connection } from '@flagship/api-core';
import { OfferKind, SellerKind, isShipped } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Order, OrderLine } from '@flagship/orders';
import { Payment, Refund } from '@flagship/payments';
import { In } from 'typeorm';
import { LedgerAccounts, type SellerRef } from '../ledger/ledger-accounts';
import { LedgerTransactionKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { CommissionRules } from './commission-rules.service';
import { OrderPartEvents } from './order-part.events';
import { FundsStatus, OrderPart, OrderPartStatus } from './order-part.entity';
import { OrderPartRefund, OrderPartRefundStatus } from './order-part-refund.entity';
import { allocate, commissionOnGroups, commissionRefundFor, splitOrder } from './split';

/**
 * Splits orders by seller and books their sales (decision 0036). Runs inside the orders domain's own
 * transactions, as reactions to its events (see OrderPartReactions): a part exists exactly when its
 * order does, and is paid exactly when its order is.
 */
@Injectable()
export class OrderPartService {
  private readonly logger = new Logger(OrderPartService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly commissions: CommissionRules,
    private readonly ledger: LedgerService,
    private readonly events: EventLog,
  ) {}

  /**
   * One part per seller. The order's shipping goes to the parts that ship something (in proportion
   * to their shipped goods: a service part carries none), its total to the parts in proportion to
   * goods plus shipping (`splitOrder`), so the parts' gross sum to the total to the minor unit; the
   * commission rule in force now is fixed on each part.
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
    const gross = splitOrder(
      order,
      groups.map((group, index) => {
        const shipped = group.lines.filter((line) => isShipped(line.offerKind));
        return { goodsMinor: goods[index], shippedGoodsMinor: shipped.reduce((sum, line) => sum + line.lineTotalMinor, 0), ships: shipped.length > 0 };
      }),
    ).map((share) => share.grossMinor);
    const repository = this.connection.getRepository(OrderPart);
    const parts: OrderPart[] = [];
    for (const [index, group] of groups.entries()) {
      const { commissionMinor, bp } = commissionOnGroups(await this.commissions.rulesFor(group.seller, group.lines), gross[index]);
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
          commissionBp: bp,
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
    const parts = orderIds.length ? await this.connection.getRepository(OrderPart).find({ where: { orderId: In([...orderIds]) }, order: { sellerKind: 'ASC', sellerId: 'ASC', id: 'ASC' } }) : [];
    // The brand's part first, then the sellers (the order's parts share one creation time).
    return orderIds.map((id) => parts.filter((part) => part.orderId === id));
  }

  /** One part, locked for the rest of the transaction (null when there is none). */
  async lockPart(partId: string): Promise<OrderPart | null> {
    return this.connection.getRepository(OrderPart).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :partId', { partId }).getOne();
  }

  /**
   * A paid part is fulfilled: its goods were sent by the seller (or its booking completed; bookings
   * call this). Fulfilling it again changes nothing. Authorise before calling (OrderPartPolicy.fulfil).
   */
  /**
   * The seller marks goods sent (`fulfilOrderPart`). Not for a used item whose money is held (its
   * delivery and the claim window settle it, resale) nor for a service (completing the booking after
   * it started fulfils it, bookings): either would release money before the buyer got what they paid for.
   */
  async fulfilAsSeller(partId: string, actorId: string): Promise<OrderPart> {
    return this.connection.withTransaction(async () => {
      const part = await this.lockPart(partId);
      if (!part) throw notFound('Order part');
      if (part.fundsStatus !== FundsStatus.NONE) {
        throw new DomainError(ErrorCode.CONFLICT, 'A used item is settled by its delivery and the claim window, not marked fulfilled', 'partId');
      }
      const [{ services }]: { services: number }[] = await this.connection.manager.query(
        `SELECT count(*)::int AS services FROM order_line WHERE order_id = $1 AND seller_kind = $2 AND seller_id IS NOT DISTINCT FROM $3 AND offer_kind = 'SERVICE'`,
        [part.orderId, part.sellerKind, part.sellerId],
      );
      if (services > 0) throw new DomainError(ErrorCode.CONFLICT, 'A booking is fulfilled by completing it once it has started (Bookings)', 'partId');
      return this.fulfil(partId, actorId);
    });
  }

  async fulfil(partId: string, actorId: string | null): Promise<OrderPart> {
    return this.connection.withTransaction(async () => {
      const part = await this.lockPart(partId);
      if (!part) throw notFound('Order part');
      if (part.status === OrderPartStatus.FULFILLED) return part;
      if (part.status !== OrderPartStatus.PAID) {
        throw new DomainError(ErrorCode.CONFLICT, part.status === OrderPartStatus.PENDING_PAYMENT ? 'This part is not paid yet' : 'Only a paid part can be fulfilled', 'partId');
      }
      await this.connection.getRepository(OrderPart).update({ id: part.id }, { status: OrderPartStatus.FULFILLED, fulfilledAt: new Date() });
      await this.events.record(OrderPartEvents.fulfilled, {
        actorId,
        subjectId: part.id,
        payload: { orderId: part.orderId, sellerKind: part.sellerKind, sellerId: part.sellerId },
      });
      return this.connection.getRepository(OrderPart).findOneByOrFail({ id: part.id });
    });
  }

  /**
   * A refund of the order's payment succeeded (`payment.refunded`, in the transaction that marks it
   * SUCCEEDED): each part it belongs to is reversed in the ledger and its amounts and status updated,
   * so the refund and its reversal commit together or not at all. A part refund names its part
   * (`order_part_refund`, written before the provider was asked); a refund of the whole order (a brand
   * manager's, or the platform's automatic one) is spread over the paid parts in proportion to what is
   * left on each (`allocate`), so no part gives back more than it took.
   */
  async recordRefund(refundId: string): Promise<void> {
    const refund = await this.connection.getRepository(Refund).findOneByOrFail({ id: refundId });
    const payment = await this.connection.getRepository(Payment).findOneByOrFail({ id: refund.paymentId });
    const parts = await this.lockParts(payment.orderId);
    if (parts.length === 0) return;
    let rows = await this.connection.getRepository(OrderPartRefund).find({ where: { refundKey: refund.idempotencyKey }, order: { id: 'ASC' } });
    if (rows.length === 0) rows = await this.spreadOrderRefund(parts, refund);
    for (const row of rows) {
      if (row.status === OrderPartRefundStatus.SUCCEEDED) continue;
      const part = parts.find((candidate) => candidate.id === row.orderPartId);
      if (part) await this.reverse(part, row);
    }
  }

  /** What is held on parts by part refunds not yet known to have succeeded or failed, per part. */
  async pendingOf(partIds: readonly string[]): Promise<Map<string, number>> {
    if (partIds.length === 0) return new Map();
    const rows: { order_part_id: string; pending: string }[] = await this.connection.manager.query(
      `SELECT opr.order_part_id, sum(opr.amount_minor)::text AS pending
         FROM order_part_refund opr LEFT JOIN refund r ON r.idempotency_key = opr.refund_key
        WHERE opr.order_part_id = ANY($1::uuid[]) AND opr.status = 'PENDING' AND (r.id IS NULL OR r.status = 'PENDING')
        GROUP BY opr.order_part_id`,
      [[...partIds]],
    );
    return new Map(rows.map((row) => [row.order_part_id, Number(row.pending)]));
  }

  private async spreadOrderRefund(parts: OrderPart[], refund: Refund): Promise<OrderPartRefund[]> {
    const pending = await this.pendingOf(parts.map((part) => part.id));
    const weights = parts.map((part) => (part.paidAt ? Math.max(0, part.grossMinor - part.refundedMinor - (pending.get(part.id) ?? 0)) : 0));
    const left = weights.reduce((sum, weight) => sum + weight, 0);
    if (left === 0) return []; // nothing was booked (a payment the order could not honour): nothing to reverse
    if (refund.amountMinor > left) this.logger.error(`Refund ${refund.id} (${refund.amountMinor}) exceeds what is left on its order's parts (${left}); ${left} reversed`);
    const shares = allocate(Math.min(refund.amountMinor, left), weights);
    const repository = this.connection.getRepository(OrderPartRefund);
    const rows: OrderPartRefund[] = [];
    for (const [index, part] of parts.entries()) {
      if (shares[index] <= 0) continue;
      rows.push(
        await repository.save(
          repository.create({
            orderPartId: part.id,
            refundKey: refund.idempotencyKey,
            amountMinor: shares[index],
            reason: refund.reason,
            requestedBy: refund.requestedBy,
            status: OrderPartRefundStatus.PENDING,
            cancels: false,
          }),
        ),
      );
    }
    return rows;
  }

  /** Clearing +r, commission −c_r, the seller's (or held) account −(r − c_r): the sale reversed in proportion. */
  private async reverse(part: OrderPart, row: OrderPartRefund): Promise<void> {
    const amount = row.amountMinor;
    const commission = commissionRefundFor(part, amount);
    const seller = { kind: part.sellerKind, id: part.sellerId };
    const held = part.fundsStatus === FundsStatus.HELD || part.fundsStatus === FundsStatus.FROZEN;
    await this.ledger.post({
      kind: LedgerTransactionKind.REFUND,
      idempotencyKey: `refund:${row.refundKey}:${part.id}`,
      memo: `Refund, order part ${part.id}`,
      currency: part.currency,
      orderId: part.orderId,
      orderPartId: part.id,
      entries: [
        { account: LedgerAccounts.clearing, amountMinor: amount },
        { account: LedgerAccounts.commission, amountMinor: -commission },
        { account: held ? LedgerAccounts.held(seller) : LedgerAccounts.seller(seller), amountMinor: -(amount - commission) },
      ],
    });
    part.refundedMinor += amount;
    part.commissionRefundedMinor += commission;
    const full = part.refundedMinor >= part.grossMinor;
    const now = new Date();
    if (row.cancels) part.status = OrderPartStatus.CANCELLED;
    else if (full) part.status = OrderPartStatus.REFUNDED;
    // A used item's held money that went back to the buyer in full is held no more: nothing is left to release.
    const settled = (row.cancels || full) && held;
    await this.connection.getRepository(OrderPart).update(
      { id: part.id },
      {
        refundedMinor: part.refundedMinor,
        commissionRefundedMinor: part.commissionRefundedMinor,
        status: part.status,
        ...(row.cancels ? { cancelledAt: now } : {}),
        ...(settled ? { fundsStatus: FundsStatus.NONE, releaseAfter: null } : {}),
      },
    );
    await this.connection.getRepository(OrderPartRefund).update({ id: row.id }, { status: OrderPartRefundStatus.SUCCEEDED, commissionMinor: commission });
    const payload = { orderId: part.orderId, sellerKind: part.sellerKind, sellerId: part.sellerId };
    await this.events.record(OrderPartEvents.refunded, {
      actorId: row.requestedBy,
      subjectId: part.id,
      amount: { minor: amount, currency: part.currency },
      payload: { ...payload, commissionReversedMinor: commission, refundKey: row.refundKey, full, reason: row.reason.slice(0, 500) },
    });
    if (row.cancels) {
      await this.events.record(OrderPartEvents.cancelled, {
        actorId: row.requestedBy,
        subjectId: part.id,
        amount: { minor: amount, currency: part.currency },
        payload: { ...payload, reason: row.reason.slice(0, 500) },
      });
    }
  }

  /** A vendor's parts, newest first (keyset pages). Authorise before calling (VendorOrderPartsPolicy.list). */
  async listForSeller(seller: { kind: SellerKind; id: string }, options: { status?: OrderPartStatus; first: number; after?: string }): Promise<Connection<OrderPart>> {
    const query = this.connection
      .getRepository(OrderPart)
      .createQueryBuilder('p')
      .where('p.seller_kind = :kind AND p.seller_id = :id', seller)
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(options.first + 1);
    if (options.status) query.andWhere('p.status = :status', { status: options.status });
    if (options.after) {
      const [createdAt, id] = decodeCursor(options.after, ['text', 'uuid']);
      query.andWhere('(p.created_at, p.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await query.getMany();
    return toConnection(rows, options.first, (part) => encodeCursor([part.createdAt.toISOString(), part.id]));
  }

  /** The lines of many parts (one statement): each part's are its order's lines of its seller. */
  async linesOfParts(parts: readonly OrderPart[]): Promise<OrderLine[][]> {
    const orderIds = [...new Set(parts.map((part) => part.orderId))];
    const lines = orderIds.length ? await this.connection.getRepository(OrderLine).find({ where: { orderId: In(orderIds) }, order: { id: 'ASC' } }) : [];
    return parts.map((part) => lines.filter((line) => line.orderId === part.orderId && line.sellerKind === part.sellerKind && (line.sellerId ?? null) === (part.sellerId ?? null)));
  }

  /** Sellers' names as buyers see them (vendor's name, member's display name, the brand's name), by `KIND:id`. */
  async sellerNames(keys: readonly string[]): Promise<string[]> {
    const vendorIds = keys.filter((key) => key.startsWith('VENDOR:')).map((key) => key.slice(7));
    const memberIds = keys.filter((key) => key.startsWith('MEMBER:')).map((key) => key.slice(7));
    const names = new Map<string, string>();
    if (vendorIds.length) {
      const rows: { id: string; name: string }[] = await this.connection.manager.query(`SELECT organisation_id AS id, name FROM vendor WHERE organisation_id = ANY($1::uuid[])`, [vendorIds]);
      for (const row of rows) names.set(`VENDOR:${row.id}`, row.name);
    }
    if (memberIds.length) {
      const rows: { id: string; name: string }[] = await this.connection.manager.query(`SELECT id, display_name AS name FROM account WHERE id = ANY($1::uuid[])`, [memberIds]);
      for (const row of rows) names.set(`MEMBER:${row.id}`, row.name);
    }
    if (keys.some((key) => key.startsWith('BRAND'))) {
      const [brand]: { name: string }[] = await this.connection.manager.query(`SELECT name FROM brand ORDER BY created_at LIMIT 1`);
      names.set('BRAND:', brand?.name ?? 'The shop');
    }
    return keys.map((key) => names.get(key) ?? 'A former seller');
  }

  /** Refunds of many parts, oldest first (one statement); failed ones left out. */
  async refundsOfParts(partIds: readonly string[]): Promise<OrderPartRefund[][]> {
    const rows = partIds.length
      ? await this.connection.getRepository(OrderPartRefund).find({ where: { orderPartId: In([...partIds]) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    return partIds.map((id) => rows.filter((row) => row.orderPartId === id && row.status !== OrderPartRefundStatus.FAILED));
  }
}
