import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AccountService, OrganisationKind, OrganisationService, SessionService } from '@flagship/accounts';
import type { Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { Booking, BookingReviewService, BookingService, BookingStatus, ListingService, ServiceMode, ServiceOfferService, Vendor } from '@flagship/marketplace';
import { CheckoutService } from '@flagship/orders';
import { DEMO_ACCOUNTS } from '../ridgeline-cycles';

interface DemoService {
  vendor: string;
  title: string;
  description: string;
  category: string;
  priceMinor: number;
  durationMinutes: number;
  location: string;
  /** Local start times of the slots on weekdays over the next two weeks. */
  times: number[];
  /** Past bookings: rider, days ago, both sides' reviews. */
  past: { rider: string; daysAgo: number; buyer: [number, string]; vendor: [number, string] }[];
}

export const DEMO_SERVICES: DemoService[] = [
  {
    vendor: 'VeloFit Studio',
    title: 'Bike fit',
    description:
      'A full fit in our studio: we measure you, watch you ride on our jig and set saddle height, setback, reach and cleats. You leave with your numbers on paper and a bike that fits. Bring your bike, shoes and kit.',
    category: 'bikes',
    priceMinor: 149_00,
    durationMinutes: 90,
    location: 'VeloFit Studio, Kastanienallee 5, 10435 Berlin',
    times: [9, 11, 14, 16],
    past: [
      { rider: 'ana@riders.example', daysAgo: 12, buyer: [5, 'My knee pain is gone after two weeks. Thorough and patient.'], vendor: [5, 'On time, clear about what hurt. A pleasure.'] },
      { rider: 'ben@riders.example', daysAgo: 20, buyer: [4, 'Great fit, the studio was a bit hard to find.'], vendor: [5, 'Came prepared with his old measurements.'] },
    ],
  },
  {
    vendor: 'Spoke & Wrench Workshop',
    title: 'Full service',
    description:
      'Everything your bike needs once a year: drivetrain cleaned and checked, brakes bled, wheels trued, bearings adjusted and every bolt torqued. Drop it off at the start of the slot, pick it up the same evening.',
    category: 'tools',
    priceMinor: 119_00,
    durationMinutes: 120,
    location: 'Spoke & Wrench Workshop, Oranienstraße 21, 10999 Berlin',
    times: [8, 13],
    past: [{ rider: 'chloe@riders.example', daysAgo: 9, buyer: [5, 'My tourer shifts like new. Fair price.'], vendor: [4, 'Friendly; the bike was very muddy.'] }],
  },
];

const ZONE = 'Europe/Berlin';

/** Demo: open slots, past bookings with double-blind reviews (bookings feature). Idempotent: adds only what is missing. */
@Injectable()
export class DemoBookings {
  private readonly logger = new Logger(DemoBookings.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
    private readonly sessions: SessionService,
    private readonly listings: ListingService,
    private readonly offers: ServiceOfferService,
    private readonly bookings: BookingService,
    private readonly reviews: BookingReviewService,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The real checkout (the orders module keeps it to itself; the demo buys as a rider would). */
  private get checkout(): CheckoutService {
    return this.moduleRef.get(CheckoutService, { strict: false });
  }

  async seed(now = new Date()): Promise<void> {
    const manager = await this.viewerByEmail(DEMO_ACCOUNTS[0].email);
    for (const demo of DEMO_SERVICES) {
      const organisation = await this.organisations.findByName(OrganisationKind.VENDOR, demo.vendor);
      const vendor = organisation ? await this.connection.getRepository(Vendor).findOneBy({ id: organisation.id }) : null;
      if (!organisation || !vendor) {
        this.logger.warn(`No vendor ${demo.vendor} yet: its services are left out of the demo`);
        continue;
      }
      const owner = await this.ownerOf(organisation.id);
      const productId = (await this.existing(organisation.id, demo.title)) ?? (await this.list(owner, manager, organisation.id, demo));
      await this.openSlots(owner, productId, demo, now);
      await this.pastBookings(owner, productId, demo, now);
    }
  }

  private async list(owner: Viewer, manager: Viewer, vendorId: string, demo: DemoService): Promise<string> {
    const [category] = await this.connection.manager.query(`SELECT id FROM category WHERE slug = $1`, [demo.category]);
    const offer = await this.offers.createServiceListing(owner, vendorId, {
      title: demo.title,
      description: demo.description,
      categoryId: category.id,
      priceMinor: demo.priceMinor,
      durationMinutes: demo.durationMinutes,
      capacity: 1,
      mode: ServiceMode.IN_PERSON,
      location: demo.location,
      timeZone: ZONE,
    });
    await this.listings.approve(manager, offer.productId);
    return offer.productId;
  }

  /** Weekday slots over the next two weeks, when the service has no open slot yet. */
  private async openSlots(owner: Viewer, productId: string, demo: DemoService, now: Date): Promise<void> {
    if ((await this.offers.openSlots(productId, now)).length > 0) return;
    const slots: { startsAt: Date }[] = [];
    for (let day = 1; day <= 14; day++) {
      const date = new Date(now.getTime() + day * 86_400_000);
      const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short' }).format(date);
      if (weekday === 'Sun') continue;
      for (const hour of weekday === 'Sat' ? demo.times.slice(0, 2) : demo.times) slots.push({ startsAt: zonedTime(date, hour, ZONE) });
    }
    await this.offers.addServiceSlots(owner, productId, slots, now);
  }

  /**
   * Past bookings paid through the real checkout (offline test provider), confirmed, then moved into
   * the past and completed, with both reviews. The checkout calls the payment provider, which is never
   * done inside a database transaction: these run once the demo's transaction has committed, each in
   * its own. Each rider's cart is put back as it was.
   */
  private async pastBookings(owner: Viewer, productId: string, demo: DemoService, now: Date): Promise<void> {
    const [{ n }] = await this.connection.manager.query(`SELECT count(*)::int AS n FROM booking WHERE product_id = $1 AND status IN ('PAID', 'CONFIRMED', 'COMPLETED')`, [productId]);
    if (n > 0) return;
    await this.connection.afterCommit(async () => {
      for (const [index, past] of demo.past.entries()) {
        try {
          await this.pastBooking(owner, productId, demo, past, index, now);
        } catch (error) {
          this.logger.warn(`The demo's past booking for ${past.rider} could not be made: ${String(error)}`);
        }
      }
    });
  }

  private async pastBooking(owner: Viewer, productId: string, demo: DemoService, past: DemoService['past'][number], index: number, now: Date): Promise<void> {
    const rider = await this.viewerByEmail(past.rider);
    const [shipping] = await this.connection.manager.query(`SELECT id FROM shipping_method WHERE active ORDER BY position LIMIT 1`);
    // A slot far enough ahead to be bookable now; moved into the past once paid.
    const [slot] = await this.offers.addServiceSlots(owner, productId, [{ startsAt: zonedTime(new Date(now.getTime() + (40 + index) * 86_400_000), demo.times[0], ZONE) }], now);
    const cart: { variant_id: string; quantity: number; booking_id: string | null }[] = await this.connection.manager.query(
      `WITH gone AS (DELETE FROM cart_line WHERE account_id = $1 RETURNING variant_id, quantity, booking_id) SELECT * FROM gone`,
      [rider.accountId],
    );
    const booking = await this.bookings.hold(rider, slot.id, 1, now);
    try {
      await this.checkout.checkout(rider, {
        checkoutKey: randomUUID(),
        shippingMethodId: shipping.id,
        address: { name: (await this.accounts.findByEmail(past.rider))!.displayName, line1: 'Bergstraße 12', city: 'Berlin', postcode: '10115', country: 'DE' },
      } as Parameters<CheckoutService['checkout']>[1]);
    } finally {
      for (const line of cart) {
        await this.connection.manager.query(`INSERT INTO cart_line (account_id, variant_id, quantity, booking_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
          rider.accountId,
          line.variant_id,
          line.quantity,
          line.booking_id,
        ]);
      }
    }
    await this.connection.withTransaction(async () => {
      const paid = await this.connection.getRepository(Booking).findOneByOrFail({ id: booking.id });
      if (paid.status !== BookingStatus.PAID) {
        this.logger.warn(`The demo booking of ${past.rider} is ${paid.status}, not paid: left as it is`);
        return;
      }
      await this.bookings.confirm(owner, booking.id);
      const startsAt = zonedTime(new Date(now.getTime() - past.daysAgo * 86_400_000), demo.times[0], ZONE);
      const endsAt = new Date(startsAt.getTime() + demo.durationMinutes * 60_000);
      await this.connection.manager.query(`UPDATE service_slot SET starts_at = $2, ends_at = $3 WHERE id = $1`, [slot.id, startsAt, endsAt]);
      await this.connection.manager.query(`UPDATE booking SET starts_at = $2, ends_at = $3, created_at = $4, paid_at = $4, confirmed_at = $4 WHERE id = $1`, [
        booking.id,
        startsAt,
        endsAt,
        new Date(startsAt.getTime() - 5 * 86_400_000),
      ]);
      await this.bookings.complete(owner, booking.id, endsAt);
      await this.reviews.review(rider, booking.id, past.buyer[0], past.buyer[1]);
      await this.reviews.review(owner, booking.id, past.vendor[0], past.vendor[1]);
    });
  }

  private async existing(vendorId: string, title: string): Promise<string | null> {
    const [row] = await this.connection.manager.query(`SELECT o.product_id FROM service_offer o JOIN product p ON p.id = o.product_id WHERE o.vendor_id = $1 AND p.name = $2`, [vendorId, title]);
    return row?.product_id ?? null;
  }

  private async ownerOf(organisationId: string): Promise<Viewer> {
    const [row] = await this.connection.manager.query(`SELECT account_id FROM organisation_membership WHERE organisation_id = $1 AND role = 'OWNER' ORDER BY created_at LIMIT 1`, [organisationId]);
    return this.sessions.viewerOf(row.account_id);
  }

  private async viewerByEmail(email: string): Promise<Viewer> {
    return this.sessions.viewerOf((await this.accounts.findByEmail(email))!.id);
  }
}

/** `hour`:00 on `date`'s day in `zone`, as an instant. */
export function zonedTime(date: Date, hour: number, zone: string): Date {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date).map((p) => [p.type, p.value]));
  const guess = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), hour);
  const local = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(guess))
      .map((p) => [p.type, p.value]),
  );
  const offset = Date.UTC(Number(local.year), Number(local.month) - 1, Number(local.day), Number(local.hour), Number(local.minute)) - guess;
  return new Date(guess - offset);
}
