import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@flagship/api-core';
import { OfferKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Order, OrderLine } from '@flagship/orders';
import { In } from 'typeorm';
import { OrderPart } from '../order-parts/order-part.entity';
import { Booking, BookingStatus } from './booking.entity';
import { BookingEvents } from './booking.events';

/** What a booking that could not be honoured records (decision 0039): its part is left PAID for a refund. */
export const SLOT_TAKEN_AFTER_HOLD = 'SLOT_TAKEN_AFTER_HOLD';

/**
 * Bookings follow their order (decision 0039), inside the orders domain's own transactions (see
 * BookingReactions): checked and linked when it is placed, made when it is paid, released when it is
 * cancelled unpaid.
 */
@Injectable()
export class BookingCheckoutService {
  private readonly logger = new Logger(BookingCheckoutService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventLog,
  ) {}

  /**
   * Each SERVICE line must pay for the buyer's own live hold of that service, for its seats: anything
   * else refuses the checkout (a DomainError rolls the order back). The hold then lasts as long as the
   * order's reservation.
   */
  async link(orderId: string, now = new Date()): Promise<void> {
    const order = await this.connection.getRepository(Order).findOneByOrFail({ id: orderId });
    const lines = await this.connection.getRepository(OrderLine).find({ where: { orderId, offerKind: OfferKind.SERVICE }, order: { bookingId: 'ASC' } });
    for (const line of lines) {
      if (!line.bookingId) throw new DomainError('BOOKING_REQUIRED', `Pick a time for “${line.productName}” on its page`, 'cart');
      const booking = await this.lock(line.bookingId);
      if (!booking || booking.buyerId !== order.accountId || booking.productId !== line.productId || booking.seats !== line.quantity) {
        throw new DomainError('BOOKING_INVALID', `The time picked for “${line.productName}” is not valid any more; pick it again`, 'cart');
      }
      if (booking.status !== BookingStatus.HELD || !booking.holdExpiresAt || booking.holdExpiresAt <= now || booking.orderId) {
        throw new DomainError('BOOKING_EXPIRED', `Your hold on “${line.productName}” ran out; pick a time again`, 'cart');
      }
      const holdExpiresAt = order.reservationExpiresAt && order.reservationExpiresAt > booking.holdExpiresAt ? order.reservationExpiresAt : booking.holdExpiresAt;
      await this.connection.getRepository(Booking).update({ id: booking.id }, { orderId, holdExpiresAt, amountMinor: line.lineTotalMinor, currency: line.currency });
    }
  }

  /**
   * The order is paid: its held bookings are made (PAID, waiting for the vendor). A hold that lapsed
   * meanwhile takes its seats again if they are still free; if the slot was taken, the payment still
   * succeeds: the booking stays EXPIRED with `paymentIssue` set and its order part waits PAID for a
   * refund (never failing the payment's transaction).
   */
  async markPaid(orderId: string, now = new Date()): Promise<void> {
    const bookings = await this.connection
      .getRepository(Booking)
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .where('b.order_id = :orderId', { orderId })
      .orderBy('b.id')
      .getMany();
    const parts = bookings.length ? await this.connection.getRepository(OrderPart).findBy({ orderId, sellerId: In(bookings.map((b) => b.vendorId)) }) : [];
    for (const booking of bookings) {
      const orderPartId = parts.find((part) => part.sellerId === booking.vendorId)?.id ?? null;
      if (booking.status === BookingStatus.EXPIRED) {
        const taken: unknown[] = await this.connection.manager.query(
          `WITH taken AS (UPDATE service_slot SET seats_taken = seats_taken + $2 WHERE id = $1 AND seats_taken + $2 <= capacity AND starts_at > $3 RETURNING id) SELECT id FROM taken`,
          [booking.slotId, booking.seats, now],
        );
        if (taken.length === 0) {
          this.logger.warn(`Booking ${booking.id} was paid after its hold lapsed and its slot was taken: its order part ${orderPartId} needs a refund`);
          await this.connection.getRepository(Booking).update({ id: booking.id }, { orderPartId, paymentIssue: SLOT_TAKEN_AFTER_HOLD });
          continue;
        }
      } else if (booking.status !== BookingStatus.HELD) {
        continue;
      }
      await this.connection.getRepository(Booking).update({ id: booking.id }, { status: BookingStatus.PAID, paidAt: now, holdExpiresAt: null, orderPartId, paymentIssue: null });
      await this.events.record(BookingEvents.made, {
        actorId: booking.buyerId,
        subjectId: booking.id,
        amount: { minor: booking.amountMinor ?? 0, currency: booking.currency ?? 'EUR' },
        payload: { orderId, vendorId: booking.vendorId, productId: booking.productId },
      });
    }
  }

  /** The unpaid order was cancelled: its holds are released and their seats go back. */
  async release(orderId: string): Promise<void> {
    const released: { id: string; slot_id: string; seats: number }[] = await this.connection.manager.query(
      `WITH freed AS (
         UPDATE booking SET status = 'EXPIRED', updated_at = now() WHERE order_id = $1 AND status = 'HELD' RETURNING id, slot_id, seats
       ), returned AS (
         UPDATE service_slot s SET seats_taken = s.seats_taken - f.seats FROM (SELECT slot_id, sum(seats)::int AS seats FROM freed GROUP BY slot_id) f WHERE s.id = f.slot_id
       )
       SELECT id, slot_id, seats FROM freed`,
      [orderId],
    );
    for (const booking of released) {
      await this.events.record(BookingEvents.expired, { actorId: null, subjectId: booking.id, payload: { slotId: booking.slot_id, seats: booking.seats } });
    }
  }

  private lock(id: string): Promise<Booking | null> {
    return this.connection.getRepository(Booking).createQueryBuilder('b').setLock('pessimistic_write').where('b.id = :id', { id }).getOne();
  }
}
