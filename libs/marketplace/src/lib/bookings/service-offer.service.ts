import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, type Viewer } from '@flagship/api-core';
import { OfferKind, Product, ProductPolicy, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { ListingService } from '../listings/listing.service';
import { Vendor, VendorStatus } from '../vendors/vendor.entity';
import { VendorServicePolicy } from './booking.policy';
import { ServiceMode, ServiceOffer } from './service-offer.entity';
import { ServiceSlot } from './service-slot.entity';

export interface NewServiceListing {
  title: string;
  description: string;
  categoryId: string;
  /** Per seat, minor units. */
  priceMinor: number;
  currency?: string;
  durationMinutes: number;
  capacity: number;
  mode: ServiceMode;
  meetingUrl?: string | null;
  location?: string | null;
  timeZone: string;
}

export type ServiceOfferChanges = Partial<Pick<NewServiceListing, 'durationMinutes' | 'capacity' | 'mode' | 'meetingUrl' | 'location' | 'timeZone'>>;

export const MAX_SLOTS_PER_CALL = 200;

/**
 * Vendors' bookable services (decision 0039): a SERVICE listing (reviewed like any listing) with its
 * service_offer, and the slots riders book. Slots of one service never overlap; a slot with bookings
 * is never moved or deleted (removing it closes it instead when only lapsed bookings remain).
 */
@Injectable()
export class ServiceOfferService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly listings: ListingService,
  ) {}

  async createServiceListing(viewer: Viewer, vendorId: string, input: NewServiceListing): Promise<ServiceOffer> {
    VendorServicePolicy.authorize(viewer, 'manage', { vendorId });
    const offer = validOffer(input);
    return this.connection.withTransaction(async () => {
      const vendor = await this.connection.getRepository(Vendor).findOneBy({ id: vendorId });
      if (!vendor || vendor.status !== VendorStatus.ACTIVE) throw new DomainError(ErrorCode.CONFLICT, 'Only an active vendor can list services', 'vendorId');
      if (!Number.isSafeInteger(input.priceMinor) || input.priceMinor <= 0) throw badInput('priceMinor', 'Give a price above zero');
      const { product } = await this.listings.create(viewer, { kind: SellerKind.VENDOR, id: vendorId }, OfferKind.SERVICE, {
        title: input.title,
        description: input.description,
        categoryId: input.categoryId,
        currency: input.currency ?? 'EUR',
        variants: [{ name: 'Per seat', priceMinor: input.priceMinor, stock: 0 }],
        specs: [{ label: 'Duration', value: `${offer.durationMinutes} min` }],
      });
      const repository = this.connection.getRepository(ServiceOffer);
      return repository.save(repository.create({ productId: product.id, vendorId, ...offer }));
    });
  }

  /** Changes how the service runs (new slots take the new capacity; existing slots keep theirs). */
  async updateServiceOffer(viewer: Viewer, productId: string, changes: ServiceOfferChanges): Promise<ServiceOffer> {
    return this.connection.withTransaction(async () => {
      const current = VendorServicePolicy.authorize(viewer, 'manage', await this.lockOffer(productId));
      const next = validOffer({ ...current, ...changes });
      await this.connection.getRepository(ServiceOffer).update({ productId }, next);
      return this.connection.getRepository(ServiceOffer).findOneByOrFail({ productId });
    });
  }

  /**
   * Adds slots (each ends `durationMinutes` after it starts unless given). Refuses times in the past,
   * an end before the start, and slots overlapping each other or the service's open slots: all or none.
   */
  async addServiceSlots(viewer: Viewer, productId: string, slots: { startsAt: Date; endsAt?: Date | null }[], now = new Date()): Promise<ServiceSlot[]> {
    if (slots.length === 0 || slots.length > MAX_SLOTS_PER_CALL) throw badInput('slots', `Add between 1 and ${MAX_SLOTS_PER_CALL} slots at a time`);
    return this.connection.withTransaction(async () => {
      // The offer's row lock serialises slot changes of one service: two vendors' tabs cannot add overlapping slots.
      const offer = VendorServicePolicy.authorize(viewer, 'manage', await this.lockOffer(productId));
      const wanted = slots
        .map((slot) => ({ startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt ?? new Date(new Date(slot.startsAt).getTime() + offer.durationMinutes * 60_000)) }))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      for (const slot of wanted) {
        if (Number.isNaN(slot.startsAt.getTime()) || Number.isNaN(slot.endsAt.getTime())) throw badInput('slots', 'A slot’s time is not valid');
        if (slot.startsAt <= now) throw badInput('slots', 'Slots must start in the future');
        if (slot.endsAt <= slot.startsAt) throw badInput('slots', 'A slot must end after it starts');
      }
      for (let i = 1; i < wanted.length; i++) {
        if (wanted[i].startsAt < wanted[i - 1].endsAt) throw new DomainError('SLOT_OVERLAP', 'Two of the new slots overlap', 'slots');
      }
      const [{ overlapping }] = await this.connection.manager.query(
        `SELECT count(*)::int AS overlapping FROM service_slot s, unnest($2::timestamptz[], $3::timestamptz[]) AS w(starts_at, ends_at)
         WHERE s.product_id = $1 AND s.capacity > 0 AND s.starts_at < w.ends_at AND w.starts_at < s.ends_at`,
        [productId, wanted.map((s) => s.startsAt.toISOString()), wanted.map((s) => s.endsAt.toISOString())],
      );
      if (overlapping > 0) throw new DomainError('SLOT_OVERLAP', 'A new slot overlaps one the service already has', 'slots');
      const repository = this.connection.getRepository(ServiceSlot);
      return repository.save(wanted.map((slot) => repository.create({ productId, ...slot, capacity: offer.capacity, seatsTaken: 0 })));
    });
  }

  /**
   * Removes a slot nobody holds or booked. A slot whose bookings all lapsed or were cancelled is closed
   * (capacity 0) rather than deleted, so those bookings keep their history.
   */
  async removeServiceSlot(viewer: Viewer, slotId: string): Promise<boolean> {
    return this.connection.withTransaction(async () => {
      const slot = await this.connection.getRepository(ServiceSlot).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :slotId', { slotId }).getOne();
      const offer = slot ? await this.connection.getRepository(ServiceOffer).findOneBy({ productId: slot.productId }) : null;
      VendorServicePolicy.authorize(viewer, 'manage', offer);
      // Lapsed holds of the slot let go first, as a new hold would.
      await expireHolds(this.connection, { slotId });
      const [{ live, total }] = await this.connection.manager.query(
        `SELECT count(*) FILTER (WHERE status IN ('HELD', 'PAID', 'CONFIRMED', 'COMPLETED'))::int AS live, count(*)::int AS total FROM booking WHERE slot_id = $1`,
        [slotId],
      );
      if (live > 0) throw new DomainError('SLOT_BOOKED', 'This slot is booked; cancel its bookings first', 'slotId');
      if (total > 0) await this.connection.getRepository(ServiceSlot).update({ id: slotId }, { capacity: 0, seatsTaken: 0 });
      else await this.connection.getRepository(ServiceSlot).delete({ id: slotId });
      return true;
    });
  }

  /** A service's bookable slots from `from` (default now) to `to`: open and starting later. */
  async openSlots(productId: string, from?: Date | null, to?: Date | null, now = new Date()): Promise<ServiceSlot[]> {
    const start = from && from > now ? from : now;
    const query = this.connection
      .getRepository(ServiceSlot)
      .createQueryBuilder('s')
      .where('s.product_id = :productId AND s.capacity > 0 AND s.starts_at > :start', { productId, start })
      .orderBy('s.starts_at', 'ASC')
      .limit(500);
    if (to) query.andWhere('s.starts_at < :to', { to });
    return query.getMany();
  }

  /** Every future slot of a service, booked or not, for its vendor. */
  async vendorSlots(viewer: Viewer, productId: string): Promise<ServiceSlot[]> {
    VendorServicePolicy.authorize(viewer, 'manage', await this.connection.getRepository(ServiceOffer).findOneBy({ productId }));
    return this.connection
      .getRepository(ServiceSlot)
      .createQueryBuilder('s')
      .where('s.product_id = :productId AND s.capacity > 0 AND s.ends_at > now()', { productId })
      .orderBy('s.starts_at', 'ASC')
      .limit(500)
      .getMany();
  }

  /** A published service by its product's slug (NOT_FOUND for an unpublished one, unless brand manager / its vendor). */
  async bySlug(viewer: Viewer | undefined, slug: string): Promise<ServiceOffer> {
    const product = await this.connection.getRepository(Product).findOneBy({ slug, offerKind: OfferKind.SERVICE });
    const offer = product ? await this.connection.getRepository(ServiceOffer).findOneBy({ productId: product.id }) : null;
    if (!product || !offer) throw new DomainError(ErrorCode.NOT_FOUND, 'This service does not exist', 'slug');
    if (!ProductPolicy.can(viewer, 'read', product) && !VendorServicePolicy.can(viewer, 'manage', offer)) throw new DomainError(ErrorCode.NOT_FOUND, 'This service does not exist', 'slug');
    return offer;
  }

  /** Published services (approved, seller not suspended), newest first; optionally one vendor's. */
  async published(vendorId?: string | null, limit = 60): Promise<ServiceOffer[]> {
    const query = this.connection
      .getRepository(ServiceOffer)
      .createQueryBuilder('o')
      .innerJoin(Product, 'p', 'p.id = o.product_id')
      .where(`p.status = 'PUBLISHED' AND p.seller_hidden = false`)
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('o.product_id', 'ASC')
      .limit(limit);
    if (vendorId) query.andWhere('o.vendor_id = :vendorId', { vendorId });
    return query.getMany();
  }

  /** A vendor's services in any review state, for its dashboard. */
  async ofVendor(viewer: Viewer, vendorId: string): Promise<ServiceOffer[]> {
    VendorServicePolicy.authorize(viewer, 'manage', { vendorId });
    return this.connection.getRepository(ServiceOffer).find({ where: { vendorId }, order: { createdAt: 'DESC' } });
  }

  async offersByProduct(productIds: readonly string[]): Promise<(ServiceOffer | null)[]> {
    const rows = productIds.length ? await this.connection.getRepository(ServiceOffer).findBy({ productId: In([...productIds]) }) : [];
    return productIds.map((id) => rows.find((row) => row.productId === id) ?? null);
  }

  private lockOffer(productId: string): Promise<ServiceOffer | null> {
    return this.connection.getRepository(ServiceOffer).createQueryBuilder('o').setLock('pessimistic_write').where('o.product_id = :productId', { productId }).getOne();
  }
}

/** Checks an offer's fields and keeps only what its mode uses. */
function validOffer(input: Pick<NewServiceListing, 'durationMinutes' | 'capacity' | 'mode' | 'timeZone'> & { meetingUrl?: string | null; location?: string | null }) {
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 5 || input.durationMinutes > 1440) throw badInput('durationMinutes', 'A session lasts 5 minutes to 24 hours');
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 1000) throw badInput('capacity', 'Between 1 and 1000 seats per slot');
  if (!isTimeZone(input.timeZone)) throw badInput('timeZone', 'Give an IANA time zone such as Europe/Berlin');
  if (input.mode === ServiceMode.ONLINE) {
    if (!input.meetingUrl || !isHttpsUrl(input.meetingUrl)) throw badInput('meetingUrl', 'An online service needs its meeting link (https://…)');
    return { durationMinutes: input.durationMinutes, capacity: input.capacity, mode: input.mode, timeZone: input.timeZone, meetingUrl: input.meetingUrl, location: null };
  }
  if (!input.location?.trim()) throw badInput('location', 'Say where the service takes place');
  return { durationMinutes: input.durationMinutes, capacity: input.capacity, mode: input.mode, timeZone: input.timeZone, meetingUrl: null, location: input.location.trim() };
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Lapsed holds go: each HELD booking past its `hold_expires_at` becomes EXPIRED and its seats return to
 * its slot, in one statement (a booking is freed once however many run it at the same time). Returns
 * the expired bookings.
 */
export async function expireHolds(
  connection: TransactionalConnection,
  scope: { slotId?: string; now?: Date } = {},
): Promise<{ id: string; slot_id: string; seats: number }[]> {
  return connection.manager.query(
    `WITH freed AS (
       UPDATE booking SET status = 'EXPIRED', updated_at = now()
       WHERE status = 'HELD' AND hold_expires_at <= $1 AND ($2::uuid IS NULL OR slot_id = $2)
       RETURNING id, slot_id, seats
     ), returned AS (
       UPDATE service_slot s SET seats_taken = s.seats_taken - f.seats
       FROM (SELECT slot_id, sum(seats)::int AS seats FROM freed GROUP BY slot_id) f
       WHERE s.id = f.slot_id
     )
     SELECT id, slot_id, seats FROM freed`,
    [scope.now ?? new Date(), scope.slotId ?? null],
  );
}
