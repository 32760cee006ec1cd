import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, decodeCursor, encodeCursor, toConnection, type Connection, type Viewer } from '@flagship/api-core';
import { CartService } from '@flagship/cart';
import { ProductVariant, ProductVariantService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { OrderLine } from '@flagship/orders';
import { In } from 'typeorm';
import { OrderPart } from '../order-parts/order-part.entity';
import { MarketplaceSettingsService } from '../settings/marketplace-settings.service';
import { Booking, BookingStatus } from './booking.entity';
import { BookingEvents } from './booking.events';
import { BookingPolicy, VendorServicePolicy } from './booking.policy';
import { OrderPartRefundService } from '../order-parts/order-part-refund.service';
import { OrderPartService } from '../order-parts/order-part.service';
import { ServiceOffer } from './service-offer.entity';
import { ServiceSlot } from './service-slot.entity';
import { expireHolds } from './service-offer.service';

export const MAX_SEATS_PER_BOOKING = 20;

/**
 * Bookings of vendors' services (decision 0039): holds, the vendor's confirmation and completion,
 * cancellations with the server-enforced refund policy. Seats change only through conditional
 * UPDATEs of `service_slot.seats_taken`, so concurrent holds never overbook.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly settings: MarketplaceSettingsService,
    private readonly variants: ProductVariantService,
    private readonly carts: CartService,
    private readonly refunds: OrderPartRefundService,
    private readonly parts: OrderPartService,
    private readonly events: EventLog,
  ) {}

  /**
   * Holds `seats` of a slot for the viewer and puts the booking in their cart (replacing, and
   * releasing, a booking of the same service already there). SLOT_FULL when the seats are gone.
   */
  async hold(viewer: Viewer, slotId: string, seats = 1, now = new Date()): Promise<Booking> {
    if (!Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS_PER_BOOKING) throw badInput('seats', `Book between 1 and ${MAX_SEATS_PER_BOOKING} seats`);
    return this.connection.withTransaction(async () => {
      const slot = await this.connection.getRepository(ServiceSlot).findOneBy({ id: slotId });
      if (!slot) throw new DomainError(ErrorCode.NOT_FOUND, 'This time is no longer offered', 'slotId');
      const variant = await this.connection.getRepository(ProductVariant).findOne({ where: { productId: slot.productId }, order: { id: 'ASC' } });
      const [sellable] = variant ? await this.variants.findSellable(viewer, [variant.id]) : [];
      const offer = await this.connection.getRepository(ServiceOffer).findOneBy({ productId: slot.productId });
      if (!variant || !sellable || !offer) throw new DomainError(ErrorCode.NOT_FOUND, 'This service is not for sale', 'slotId');
      if (slot.startsAt <= now || slot.capacity === 0) throw new DomainError('SLOT_CLOSED', 'This time can no longer be booked', 'slotId');
      for (const lapsed of await expireHolds(this.connection, { slotId, now })) await this.recordExpired(lapsed);
      // The one statement that takes seats: it waits for a concurrent hold of the slot and re-checks, so capacity is never passed.
      const taken: { id: string }[] = await this.connection.manager.query(
        `WITH taken AS (UPDATE service_slot SET seats_taken = seats_taken + $2 WHERE id = $1 AND seats_taken + $2 <= capacity RETURNING id) SELECT id FROM taken`,
        [slotId, seats],
      );
      if (taken.length === 0) throw new DomainError('SLOT_FULL', seats > 1 ? 'Not enough seats are left at this time' : 'This time was just booked by someone else', 'slotId');
      const { bookingHoldMinutes } = await this.settings.get();
      const repository = this.connection.getRepository(Booking);
      const booking = await repository.save(
        repository.create({
          slotId,
          productId: slot.productId,
          vendorId: offer.vendorId,
          buyerId: viewer.accountId,
          seats,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          status: BookingStatus.HELD,
          holdExpiresAt: new Date(now.getTime() + bookingHoldMinutes * 60_000),
        }),
      );
      const { replacedBookingId } = await this.carts.putBooking(viewer.accountId, variant.id, booking.id, seats);
      if (replacedBookingId) await this.releaseHold(replacedBookingId, viewer.accountId, 'Another time was picked');
      await this.events.record(BookingEvents.held, {
        actorId: viewer.accountId,
        subjectId: booking.id,
        payload: { slotId, productId: slot.productId, vendorId: offer.vendorId, seats },
      });
      return booking;
    });
  }

  /** The job: every lapsed hold expires and frees its seats. */
  async expireDue(now = new Date()): Promise<string[]> {
    return this.connection.withTransaction(async () => {
      const expired = await expireHolds(this.connection, { now });
      for (const booking of expired) await this.recordExpired(booking);
      return expired.map((b) => b.id);
    });
  }

  async confirm(viewer: Viewer, id: string): Promise<Booking> {
    return this.connection.withTransaction(async () => {
      const booking = BookingPolicy.authorize(viewer, 'serve', await this.lock(id));
      if (booking.status === BookingStatus.CONFIRMED) return booking;
      if (booking.status !== BookingStatus.PAID) throw new DomainError('BOOKING_NOT_PAID', `Only a paid booking can be confirmed (this one is ${booking.status.toLowerCase()})`, 'id');
      await this.connection.getRepository(Booking).update({ id }, { status: BookingStatus.CONFIRMED, confirmedAt: new Date() });
      await this.events.record(BookingEvents.confirmed, { actorId: viewer.accountId, subjectId: id, payload: { vendorId: booking.vendorId } });
      return this.connection.getRepository(Booking).findOneByOrFail({ id });
    });
  }

  /** The session took place: COMPLETED (after it started), and its order part fulfilled. */
  async complete(viewer: Viewer, id: string, now = new Date()): Promise<Booking> {
    return this.connection.withTransaction(async () => {
      const booking = BookingPolicy.authorize(viewer, 'serve', await this.lock(id));
      if (booking.status === BookingStatus.COMPLETED) return booking;
      if (booking.status !== BookingStatus.CONFIRMED && booking.status !== BookingStatus.PAID) {
        throw new DomainError('BOOKING_NOT_PAID', `Only a paid booking can be completed (this one is ${booking.status.toLowerCase()})`, 'id');
      }
      if (booking.startsAt > now) throw new DomainError('BOOKING_NOT_STARTED', 'A booking can be completed once it has started', 'id');
      await this.connection.getRepository(Booking).update({ id }, { status: BookingStatus.COMPLETED, completedAt: now, confirmedAt: booking.confirmedAt ?? now });
      const partId = booking.orderPartId ?? (await this.partOf(booking))?.id ?? null;
      if (partId) await this.parts.fulfil(partId, viewer.accountId);
      await this.events.record(BookingEvents.completed, { actorId: viewer.accountId, subjectId: id, payload: { vendorId: booking.vendorId, orderPartId: partId } });
      return this.connection.getRepository(Booking).findOneByOrFail({ id });
    });
  }

  /**
   * Cancels a booking. Its buyer may until `cancellationNoticeHours` before it starts (CANCELLATION_WINDOW
   * after that); its vendor always. What was paid is refunded in full through the order part's refund
   * (decision 0036), which asks the payment provider and so runs outside any transaction: its success
   * and the part's ledger reversal commit together or not at all. Three steps: check (a transaction),
   * refund (none), cancel and give the seats back (a transaction). A failed refund leaves the booking as
   * it was; cancelling again retries the same refund (its idempotency key), which refunds once.
   */
  async cancel(viewer: Viewer, id: string, reason: string, now = new Date()): Promise<Booking> {
    const why = reason.trim().slice(0, 500);
    const plan = await this.connection.withTransaction(async () => {
      const booking = BookingPolicy.authorize(viewer, 'cancel', await this.lock(id));
      const byVendor = VendorServicePolicy.can(viewer, 'manage', booking) && booking.buyerId !== viewer.accountId;
      if (booking.status === BookingStatus.CANCELLED) return { booking, byVendor, done: true, refund: null };
      if (![BookingStatus.HELD, BookingStatus.PAID, BookingStatus.CONFIRMED].includes(booking.status)) {
        throw new DomainError(ErrorCode.CONFLICT, `A ${booking.status.toLowerCase()} booking cannot be cancelled`, 'id');
      }
      if (booking.status === BookingStatus.HELD) {
        if (byVendor) throw new DomainError(ErrorCode.CONFLICT, 'An unpaid hold lapses on its own', 'id');
        return { booking: await this.markCancelled(viewer, booking, why, 0, false, now), byVendor, done: true, refund: null };
      }
      if (!byVendor) {
        const { cancellationNoticeHours } = await this.settings.get();
        if (booking.startsAt.getTime() - now.getTime() < cancellationNoticeHours * 3_600_000) {
          throw new DomainError(
            'CANCELLATION_WINDOW',
            `Bookings can be cancelled with a refund until ${cancellationNoticeHours} hours before they start; please contact the vendor`,
            'id',
            { cancellationNoticeHours },
          );
        }
      }
      return { booking, byVendor, done: false, refund: await this.refundOf(booking) };
    });
    if (plan.done) return plan.booking;
    if (plan.refund && plan.refund.amountMinor > 0) {
      await this.refunds.refund({
        partId: plan.refund.partId,
        amountMinor: plan.refund.amountMinor,
        idempotencyKey: plan.refund.idempotencyKey,
        reason: why || (plan.byVendor ? 'Booking cancelled by the vendor' : 'Booking cancelled by the buyer'),
        actorId: viewer.accountId,
      });
    }
    return this.connection.withTransaction(async () => {
      const booking = await this.lock(id);
      if (!booking || booking.status === BookingStatus.CANCELLED) return booking ?? plan.booking;
      if (booking.status !== BookingStatus.PAID && booking.status !== BookingStatus.CONFIRMED) {
        // It changed while the provider was asked (completed, say): it stays as it is; the refund made is the part's.
        throw new DomainError(ErrorCode.CONFLICT, `This booking was ${booking.status.toLowerCase()} while it was being cancelled`, 'id');
      }
      return this.markCancelled(viewer, booking, why, plan.refund?.amountMinor ?? 0, plan.byVendor, now);
    });
  }

  private async markCancelled(viewer: Viewer, booking: Booking, why: string, refundMinor: number, byVendor: boolean, now: Date): Promise<Booking> {
    await this.connection.manager.query(`UPDATE service_slot SET seats_taken = seats_taken - $2 WHERE id = $1`, [booking.slotId, booking.seats]);
    await this.connection.getRepository(Booking).update(
      { id: booking.id },
      { status: BookingStatus.CANCELLED, cancelledAt: now, cancelledBy: viewer.accountId, cancelReason: why || null, refundedMinor: booking.refundedMinor + refundMinor, holdExpiresAt: null },
    );
    await this.events.record(BookingEvents.cancelled, {
      actorId: viewer.accountId,
      subjectId: booking.id,
      amount: { minor: refundMinor, currency: booking.currency ?? 'EUR' },
      payload: { by: byVendor ? 'VENDOR' : 'BUYER', reason: why, vendorId: booking.vendorId },
    });
    return this.connection.getRepository(Booking).findOneByOrFail({ id: booking.id });
  }

  async get(viewer: Viewer, id: string): Promise<Booking> {
    return BookingPolicy.authorize(viewer, 'read', await this.connection.getRepository(Booking).findOneBy({ id }));
  }

  /** The viewer's bookings (not lapsed holds), latest start first. */
  async mine(viewer: Viewer): Promise<Booking[]> {
    return this.connection.getRepository(Booking).find({
      where: { buyerId: viewer.accountId, status: In([BookingStatus.HELD, BookingStatus.PAID, BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.CANCELLED]) },
      order: { startsAt: 'DESC', id: 'ASC' },
      take: 200,
    });
  }

  /** A vendor's bookings (held ones excluded unless asked for), by start time; keyset pages. */
  async ofVendor(viewer: Viewer, vendorId: string, options: { status?: BookingStatus | null; first: number; after?: string | null }): Promise<Connection<Booking>> {
    VendorServicePolicy.authorize(viewer, 'manage', { vendorId });
    const first = Math.min(Math.max(options.first, 1), 100);
    const query = this.connection
      .getRepository(Booking)
      .createQueryBuilder('b')
      .where('b.vendor_id = :vendorId', { vendorId })
      .orderBy('b.starts_at', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(first + 1);
    if (options.status) query.andWhere('b.status = :status', { status: options.status });
    else query.andWhere(`b.status IN ('PAID', 'CONFIRMED', 'COMPLETED', 'CANCELLED')`);
    if (options.after) {
      const [startsAt, id] = decodeCursor(options.after, ['text', 'uuid'] as const);
      query.andWhere('(b.starts_at, b.id) > (:startsAt::timestamptz, :id::uuid)', { startsAt, id });
    }
    return toConnection(await query.getMany(), first, (b) => encodeCursor([b.startsAt.toISOString(), b.id]));
  }

  /** Bookings by id (one statement), for loaders. */
  async byIds(ids: readonly string[]): Promise<(Booking | null)[]> {
    const rows = ids.length ? await this.connection.getRepository(Booking).findBy({ id: In([...ids]) }) : [];
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  }

  /** Releases a hold the buyer gave up (another time picked): its seats go back at once. */
  async releaseHold(bookingId: string, buyerId: string, reason: string): Promise<void> {
    const [released]: { slot_id: string; seats: number }[] = await this.connection.manager.query(
      `WITH released AS (
         UPDATE booking SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = $2, cancel_reason = $3, hold_expires_at = NULL, updated_at = now()
         WHERE id = $1 AND buyer_id = $2 AND status = 'HELD' AND order_id IS NULL RETURNING slot_id, seats
       ) SELECT slot_id, seats FROM released`,
      [bookingId, buyerId, reason],
    );
    if (released) await this.connection.manager.query(`UPDATE service_slot SET seats_taken = seats_taken - $2 WHERE id = $1`, [released.slot_id, released.seats]);
  }

  /**
   * What cancelling a paid booking gives back: its amount, or the whole part (its share of shipping and
   * tax too) when the booking is all of it. Fixed once: a retry (an earlier attempt with no answer, or
   * one whose last step never ran) asks again for that attempt's amount with its key; after a declined
   * attempt a new key and amount.
   */
  private async refundOf(booking: Booking): Promise<{ partId: string; amountMinor: number; idempotencyKey: string }> {
    const part = booking.orderPartId ? await this.connection.getRepository(OrderPart).findOneBy({ id: booking.orderPartId }) : await this.partOf(booking);
    if (!part) throw new DomainError(ErrorCode.CONFLICT, 'This booking’s payment was not found', 'id');
    const attempt = await this.refunds.attemptOf(part.id, `booking-cancel:${booking.id}`);
    if (attempt.row) return { partId: part.id, amountMinor: attempt.row.amountMinor, idempotencyKey: attempt.idempotencyKey };
    const lines = await this.connection.getRepository(OrderLine).find({ where: { orderId: part.orderId, sellerId: booking.vendorId } });
    const onlyThis = lines.every((line) => line.bookingId === booking.id);
    const paid = booking.amountMinor ?? lines.find((line) => line.bookingId === booking.id)?.lineTotalMinor ?? 0;
    const left = part.grossMinor - part.refundedMinor;
    return { partId: part.id, amountMinor: onlyThis ? left : Math.min(paid - booking.refundedMinor, left), idempotencyKey: attempt.idempotencyKey };
  }

  private async partOf(booking: Booking): Promise<OrderPart | null> {
    if (!booking.orderId) return null;
    return this.connection.getRepository(OrderPart).findOneBy({ orderId: booking.orderId, sellerId: booking.vendorId });
  }

  private async recordExpired(booking: { id: string; slot_id: string; seats: number }): Promise<void> {
    await this.events.record(BookingEvents.expired, { actorId: null, subjectId: booking.id, payload: { slotId: booking.slot_id, seats: booking.seats } });
  }

  lock(id: string): Promise<Booking | null> {
    return this.connection.getRepository(Booking).createQueryBuilder('b').setLock('pessimistic_write').where('b.id = :id', { id }).getOne();
  }
}
