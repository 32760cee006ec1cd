import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, notFound, toConnection, type Connection, type Viewer } from '@flagship/api-core';
import { AccountService, type Account } from '@flagship/accounts';
import { ProductVariantService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog, type EventAmount } from '@flagship/events';
import { PaymentStatus, RefundService, type Payment } from '@flagship/payments';
import { In } from 'typeorm';
import type { OrderPayment } from '../checkout/dto/checkout.input';
import { OrderEvents } from '../orders.events';
import type { OrderHistoryEntry, OrderRefund } from './dto/order.types';
import { OrderLine } from './order-line.entity';
import { looksLikeEmail, orderNumberCandidates } from './order-search';
import { OrderStatus, assertTransition, canTransition } from './order-status';
import { OrderPolicy } from './order.policy';
import { Order } from './order.entity';

/** Why the platform gives back a payment it cannot honour. */
export const UNHONOURED_PAYMENT_REASON = 'reservation expired and the stock went to another buyer';

/** Reading orders (owner or brand manager only) and moving them through their states. */
@Injectable()
export class OrderService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly variants: ProductVariantService,
    private readonly events: EventLog,
    private readonly accounts: AccountService,
    private readonly refunds: RefundService,
  ) {}

  /** An order as the viewer may see it (`OrderPolicy.read`): anyone else's is NOT_FOUND, so its id reveals nothing. */
  async getVisible(id: string, viewer: Viewer): Promise<Order> {
    return OrderPolicy.authorize(viewer, 'read', await this.connection.getRepository(Order).findOneBy({ id }));
  }

  /**
   * Newest first, with cursor pages; `accountId` limits to one buyer, `search` to an order number or
   * the buyer with that email (each an exact match through an index; a back office, not a search engine).
   */
  async list(options: { accountId?: string; status?: OrderStatus; search?: string; first: number; after?: string }): Promise<Connection<Order>> {
    const query = this.connection.getRepository(Order).createQueryBuilder('o');
    if (options.accountId) query.andWhere('o.account_id = :accountId', { accountId: options.accountId });
    if (options.status) query.andWhere('o.status = :status', { status: options.status });
    if (options.search) {
      if (looksLikeEmail(options.search)) {
        const buyer = await this.accounts.findByEmail(options.search);
        if (!buyer) return toConnection([], options.first, () => '');
        query.andWhere('o.account_id = :buyerId', { buyerId: buyer.id });
      } else {
        const numbers = orderNumberCandidates(options.search);
        if (numbers.length === 0) return toConnection([], options.first, () => '');
        query.andWhere('o.number IN (:...numbers)', { numbers });
      }
    }
    if (options.after) {
      // The cursor's order is read from the table, so its timestamp keeps the database's precision.
      const [id] = decodeCursor(options.after, ['uuid']);
      query.andWhere('(o.created_at, o.id) < (SELECT created_at, id FROM shop_order WHERE id = :cursorId)', { cursorId: id });
    }
    const rows = await query.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC').limit(options.first + 1).getMany();
    return toConnection(rows, options.first, (o) => encodeCursor([o.id]));
  }

  /** The buyer's account, email included, for whoever may read it (`OrderPolicy.read_buyer_account`). */
  async buyerAccount(orderId: string, viewer: Viewer): Promise<Account> {
    const order = OrderPolicy.authorize(viewer, 'read_buyer_account', await this.connection.getRepository(Order).findOneBy({ id: orderId }), { field: 'orderId' });
    const account = await this.accounts.findById(order.accountId);
    if (!account) throw notFound('Account');
    return account;
  }

  /** What happened to the order, oldest first, from the platform event log (`OrderPolicy.read_history`). */
  async history(orderId: string, viewer: Viewer): Promise<OrderHistoryEntry[]> {
    OrderPolicy.authorize(viewer, 'read_history', await this.connection.getRepository(Order).findOneBy({ id: orderId }), { field: 'orderId' });
    const events = await this.events.about(OrderEvents.placed.subjectType, [orderId]);
    return events.map((event) => ({
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt,
      reason: typeof event.payload['reason'] === 'string' ? event.payload['reason'] : null,
      amountMinor: event.amountMinor,
      currency: event.currency,
      actorId: event.actorId,
    }));
  }

  /**
   * Each order's refunds, oldest first, in the order of `orderIds` (for a DataLoader: one statement
   * for a page of orders). Who asked for one is shown only to a viewer who may read the order's
   * history (`read_history`); its buyer sees amount, time and status.
   */
  async refundsOf(orders: readonly Pick<Order, 'id' | 'accountId'>[], viewer: Viewer | null | undefined): Promise<OrderRefund[][]> {
    const rows = await this.refunds.findByOrders(orders.map((o) => o.id));
    return orders.map((order) => {
      const showActor = OrderPolicy.can(viewer, 'read_history', order);
      return rows
        .filter((row) => row.orderId === order.id)
        .map((row) => ({
          id: row.id,
          status: row.status,
          reason: row.reason,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          amountMinor: row.amountMinor,
          currency: row.currency,
          requestedById: showActor ? row.requestedBy : null,
        }));
    });
  }

  /** True when the account has a paid order (refunded ones excepted) containing the product. */
  async hasPurchased(accountId: string, productId: string): Promise<boolean> {
    return (await this.purchasedAmong(accountId, [productId])).has(productId);
  }

  /**
   * Which of these products the account has bought: on an order that is paid, fulfilled or only partly
   * refunded (one fully refunded, cancelled or still unpaid does not count). One statement for a list.
   */
  async purchasedAmong(accountId: string, productIds: readonly string[]): Promise<Set<string>> {
    if (productIds.length === 0) return new Set();
    const rows: { product_id: string }[] = await this.connection.manager.query(
      `SELECT DISTINCT l.product_id FROM order_line l JOIN shop_order o ON o.id = l.order_id
       WHERE o.account_id = $1 AND l.product_id = ANY($2) AND o.status IN ('PAID', 'FULFILLED', 'PARTIALLY_REFUNDED')`,
      [accountId, productIds],
    );
    return new Set(rows.map((row) => row.product_id));
  }

  /**
   * How an order's payment is shown. The client secret (which lets a browser pay) goes only to the
   * buyer, and only while the order still waits for that payment. A declined attempt (FAILED) can be
   * retried on the same PaymentIntent, which Stripe returns to `requires_payment_method`.
   */
  paymentView(order: Order, payment: Payment, viewer: Viewer | null | undefined): OrderPayment {
    const retryable = payment.status === PaymentStatus.PENDING || payment.status === PaymentStatus.FAILED;
    const payable = order.status === OrderStatus.PENDING_PAYMENT && retryable;
    return {
      provider: payment.provider,
      status: payment.status,
      testMode: payment.testMode,
      clientSecret: payable && OrderPolicy.can(viewer, 'pay', order) ? payment.clientSecret : null,
    };
  }

  linesOf(orderIds: readonly string[]): Promise<OrderLine[]> {
    return this.connection.getRepository(OrderLine).find({ where: { orderId: In([...orderIds]) }, order: { sku: 'ASC' } });
  }

  async fulfil(id: string, actor: Viewer): Promise<Order> {
    const order = OrderPolicy.authorize(actor, 'fulfil', await this.lock(id));
    if (order.fulfilledAt) return order;
    assertTransition(order.status, OrderStatus.FULFILLED);
    await this.connection.getRepository(Order).update({ id }, { status: order.status === OrderStatus.PARTIALLY_REFUNDED ? order.status : OrderStatus.FULFILLED, fulfilledAt: new Date() });
    await this.events.record(OrderEvents.fulfilled, { actorId: actor.accountId, subjectId: id });
    return this.connection.getRepository(Order).findOneByOrFail({ id });
  }

  /** Records a refund the payment provider has made (partial or full). */
  async recordRefund(id: string, amountMinor: number, actorId: string | null, reason: string): Promise<Order> {
    const order = await this.lock(id);
    const refundedMinor = order.refundedMinor + amountMinor;
    const status = refundedMinor >= order.totalMinor ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
    if (order.status !== OrderStatus.CANCELLED) assertTransition(order.status, status);
    await this.connection.getRepository(Order).update({ id }, { refundedMinor, ...(order.status === OrderStatus.CANCELLED ? {} : { status }) });
    await this.events.record(OrderEvents.refunded, {
      actorId,
      subjectId: id,
      amount: { minor: amountMinor, currency: order.currency },
      payload: { reason, full: refundedMinor >= order.totalMinor },
    });
    return this.connection.getRepository(Order).findOneByOrFail({ id });
  }

  /**
   * Records that the order's payment settled. A cancelled order (its reservation expired) is revived
   * only if its stock can be taken again; otherwise the payment cannot be honoured and
   * `order.payment_unhonoured` is recorded instead, in this transaction: after commit the orders
   * consumer of it (UnhonouredPaymentRefunds) has the money given back.
   */
  async markPaid(id: string, payment: { id: string; amount: EventAmount }): Promise<'PAID' | 'UNHONOURED' | 'UNCHANGED'> {
    const order = await this.lock(id);
    if (order.status === OrderStatus.CANCELLED) {
      if (!(await this.reserveAgain(id))) {
        await this.events.record(OrderEvents.paymentUnhonoured, {
          actorId: null,
          subjectId: id,
          amount: payment.amount,
          payload: { paymentId: payment.id, reason: UNHONOURED_PAYMENT_REASON },
        });
        return 'UNHONOURED';
      }
    } else if (!canTransition(order.status, OrderStatus.PAID)) {
      return 'UNCHANGED';
    }
    await this.connection.getRepository(Order).update({ id }, { status: OrderStatus.PAID, paidAt: new Date(), cancelledAt: null, cancelReason: null });
    await this.events.record(OrderEvents.paid, {
      actorId: order.accountId,
      subjectId: id,
      amount: { minor: order.totalMinor, currency: order.currency },
    });
    return 'PAID';
  }

  /**
   * Cancels an unpaid order and returns its stock, in variant-id order like checkout takes it, so it
   * never waits on a checkout in the opposite order. Run it in a transaction (and retry that on a
   * deadlock or serialization failure).
   */
  async cancelUnpaid(id: string, reason: string): Promise<boolean> {
    const order = await this.lock(id);
    if (order.status !== OrderStatus.PENDING_PAYMENT) return false;
    const lines = (await this.linesOf([id])).sort((a, b) => a.variantId.localeCompare(b.variantId));
    for (const line of lines) await this.variants.release(line.variantId, line.quantity);
    await this.connection.getRepository(Order).update({ id }, { status: OrderStatus.CANCELLED, cancelledAt: new Date(), cancelReason: reason });
    await this.events.record(OrderEvents.cancelled, { actorId: null, subjectId: id, payload: { reason } });
    return true;
  }

  /** Takes the order's stock again, all lines or none. */
  private async reserveAgain(id: string): Promise<boolean> {
    const lines = (await this.linesOf([id])).sort((a, b) => a.variantId.localeCompare(b.variantId));
    const taken: OrderLine[] = [];
    for (const line of lines) {
      if (!(await this.variants.reserve(line.variantId, line.quantity))) {
        for (const back of taken) await this.variants.release(back.variantId, back.quantity);
        return false;
      }
      taken.push(line);
    }
    return true;
  }

  /** The order row locked for the rest of the transaction: state changes never race. */
  private async lock(id: string): Promise<Order> {
    const order = await this.connection.getRepository(Order).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne();
    if (!order) throw notFound('Order');
    return order;
  }
}
