import { Injectable } from '@nestjs/common';
import { DomainError, badInput, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { EventLog } from '@flagship/events';
import { MarketplaceSettingsService } from '../settings/marketplace-settings.service';
import { BookingReview, ReviewSide } from './booking-review.entity';
import { BookingStatus } from './booking.entity';
import { BookingEvents } from './booking.events';
import { BookingPolicy } from './booking.policy';
import { BookingService } from './booking.service';

export interface ServiceRating {
  average: number | null;
  count: number;
}

/** The revealed-reviews condition: the other side wrote too, or the reveal days passed since completion. */
const REVEALED = `(EXISTS (SELECT 1 FROM booking_review o WHERE o.booking_id = r.booking_id AND o.author_side <> r.author_side)
  OR b.completed_at <= $2::timestamptz - make_interval(days => $3::int))`;

/**
 * Double-blind reviews of completed bookings (decision 0039): each side writes once; the other side
 * (and, for the buyer's review, the vendor's page) reads it once both wrote or `reviewRevealDays` after
 * completion.
 */
@Injectable()
export class BookingReviewService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly bookings: BookingService,
    private readonly settings: MarketplaceSettingsService,
    private readonly events: EventLog,
  ) {}

  async review(viewer: Viewer, bookingId: string, rating: number, text: string): Promise<BookingReview> {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw badInput('rating', 'Rate from 1 to 5');
    if (text.length > 2000) throw badInput('text', 'Keep the review under 2000 characters');
    return this.connection.withTransaction(async () => {
      const booking = BookingPolicy.authorize(viewer, 'review', await this.bookings.lock(bookingId));
      if (booking.status !== BookingStatus.COMPLETED) throw new DomainError('BOOKING_NOT_COMPLETED', 'A booking can be reviewed once it is completed', 'bookingId');
      const side = booking.buyerId === viewer.accountId ? ReviewSide.BUYER : ReviewSide.VENDOR;
      const repository = this.connection.getRepository(BookingReview);
      if (await repository.existsBy({ bookingId, authorSide: side })) throw new DomainError('ALREADY_REVIEWED', 'You have already reviewed this booking', 'bookingId');
      const review = await repository.save(repository.create({ bookingId, vendorId: booking.vendorId, authorSide: side, authorId: viewer.accountId, rating, text: text.trim() }));
      await this.events.record(BookingEvents.reviewed, { actorId: viewer.accountId, subjectId: bookingId, payload: { side, rating } });
      return review;
    });
  }

  /**
   * The reviews of many bookings (one statement, for a loader), each with whether the other side may
   * read it yet. Callers keep a side's own review and the other side's revealed ones.
   */
  async ofBookings(bookingIds: readonly string[], now = new Date()): Promise<{ review: BookingReview; revealed: boolean }[][]> {
    if (bookingIds.length === 0) return [];
    const { reviewRevealDays } = await this.settings.get();
    const rows: { id: string; revealed: boolean }[] = await this.connection.manager.query(
      `SELECT r.id, ${REVEALED} AS revealed FROM booking_review r JOIN booking b ON b.id = r.booking_id WHERE r.booking_id = ANY($1::uuid[])`,
      [[...bookingIds], now, reviewRevealDays],
    );
    const reviews = rows.length ? await this.connection.getRepository(BookingReview).findBy({ id: In(rows.map((row) => row.id)) }) : [];
    const withReveal = reviews.map((review) => ({ review, revealed: rows.find((row) => row.id === review.id)!.revealed }));
    return bookingIds.map((id) => withReveal.filter((r) => r.review.bookingId === id).sort((a, b) => a.review.authorSide.localeCompare(b.review.authorSide)));
  }

  /** Revealed buyers' reviews of a vendor, newest first (public: the vendor's page). */
  async ofVendor(vendorId: string, limit = 20, now = new Date()): Promise<BookingReview[]> {
    const { reviewRevealDays } = await this.settings.get();
    const rows: { id: string }[] = await this.connection.manager.query(
      `SELECT r.id FROM booking_review r JOIN booking b ON b.id = r.booking_id
       WHERE r.vendor_id = $1 AND r.author_side = 'BUYER' AND ${REVEALED} ORDER BY r.created_at DESC, r.id LIMIT ${Math.min(limit, 100)}`,
      [vendorId, now, reviewRevealDays],
    );
    const reviews = rows.length ? await this.connection.getRepository(BookingReview).findBy(rows.map((row) => ({ id: row.id }))) : [];
    return rows.map((row) => reviews.find((review) => review.id === row.id)!);
  }

  /** Average and count of revealed buyers' reviews per vendor, in one statement (for a loader). */
  async ratings(vendorIds: readonly string[], now = new Date()): Promise<ServiceRating[]> {
    if (vendorIds.length === 0) return [];
    const { reviewRevealDays } = await this.settings.get();
    const rows: { vendor_id: string; average: number; count: number }[] = await this.connection.manager.query(
      `SELECT r.vendor_id, round(avg(r.rating), 2)::float AS average, count(*)::int AS count FROM booking_review r JOIN booking b ON b.id = r.booking_id
       WHERE r.vendor_id = ANY($1::uuid[]) AND r.author_side = 'BUYER' AND ${REVEALED} GROUP BY r.vendor_id`,
      [[...vendorIds], now, reviewRevealDays],
    );
    return vendorIds.map((id) => {
      const row = rows.find((r) => r.vendor_id === id);
      return row ? { average: row.average, count: row.count } : { average: null, count: 0 };
    });
  }
}
