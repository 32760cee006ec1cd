import { jest } from '@jest/globals';
import { SessionService } from '@flagship/accounts';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { PaymentProviderError, PaymentProviders } from '@flagship/payments';
import { BookingCheckoutService, BookingHoldExpiryJob, LedgerService, ListingService, OrderPartRefundService } from '@flagship/marketplace';
import { firstError, type GraphQLResult, type GraphQLTestClient } from '@flagship/testing';
import { createAccount, createVendor, type TestSeller } from '../support/marketplace-fixtures';
import { CHECKOUT, checkoutInput, standardShippingId, type CheckoutData } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CREATE = `mutation($input: CreateServiceListingInput!) { createServiceListing(input: $input) { productId capacity durationMinutes timeZone } }`;
const ADD_SLOTS = `mutation($input: AddServiceSlotsInput!) { addServiceSlots(input: $input) { id startsAt endsAt capacity seatsLeft } }`;
const HOLD = `mutation($slotId: ID!) { holdSlot(slotId: $slotId) { id status holdExpiresAt } }`;
const BOOKING = `query($id: ID!) { booking(id: $id) { id status seats amountMinor meetingUrl reviews { authorSide rating text } } }`;
const CONFIRM = `mutation($id: ID!) { confirmBooking(id: $id) { id status } }`;
const COMPLETE = `mutation($id: ID!) { completeBooking(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelBooking(id: $id, reason: $reason) { status refundedMinor } }`;
const REVIEW = `mutation($input: ReviewBookingInput!) { reviewBooking(input: $input) { authorSide rating } }`;
const VENDOR_BOOKINGS = `query($vendorId: ID!) { vendorBookings(vendorId: $vendorId) { nodes { id status buyerName } pageInfo { hasNextPage } } }`;

/** The refund of an order part (order-parts feature, written in parallel): the cancellation refund test runs once it is there. */

describe('bookable services (decision 0039)', () => {
  let env: TestEnvironment;
  let vendor: TestSeller;
  let other: TestSeller;
  let productId: string;
  let categoryId: string;
  const code = (result: GraphQLResult) => firstError(result).code;

  beforeAll(async () => {
    env = await createTestEnvironment();
    vendor = await createVendor(env, 'Fit Lab');
    other = await createVendor(env, 'Other Vendor');
    [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category ORDER BY position LIMIT 1`);
    productId = await approvedService(vendor, { capacity: 1 });
  });
  afterAll(() => env.close());

  async function approvedService(seller: TestSeller, options: { capacity?: number; mode?: 'ONLINE' | 'IN_PERSON' } = {}): Promise<string> {
    const online = options.mode === 'ONLINE';
    const { createServiceListing } = await seller.client.data<{ createServiceListing: { productId: string } }>(CREATE, {
      input: {
        vendorId: seller.sellerId,
        title: `Bike fit ${Math.random().toString(36).slice(2, 7)}`,
        description: 'A full fit on our jig.',
        categoryId,
        priceMinor: 120_00,
        durationMinutes: 90,
        capacity: options.capacity ?? 1,
        mode: online ? 'ONLINE' : 'IN_PERSON',
        meetingUrl: online ? 'https://meet.example/fit' : null,
        location: online ? null : 'Kastanienallee 5, Berlin',
        timeZone: 'Europe/Berlin',
      },
    });
    const manager = await env.app.get(SessionService).viewerOf((await env.dataSource.query(`SELECT account_id FROM account_role WHERE role = 'BRAND_MANAGER' LIMIT 1`))[0].account_id);
    await env.app.get(ListingService).approve(manager, createServiceListing.productId);
    return createServiceListing.productId;
  }

  const slotsOf = new Map<string, number>();
  /** A new slot of `product`, `startsIn` from now (each a little later than the last, never overlapping). */
  async function slot(product = productId, startsIn = 3 * DAY): Promise<string> {
    const n = slotsOf.get(product) ?? 0;
    slotsOf.set(product, n + 1);
    const { addServiceSlots } = await vendor.client.data<{ addServiceSlots: { id: string }[] }>(ADD_SLOTS, {
      input: { productId: product, slots: [{ startsAt: new Date(Date.now() + startsIn + n * 100 * 60_000).toISOString() }] },
    });
    return addServiceSlots[0].id;
  }

  /** A buyer who holds `slotId` and pays for it through the real checkout (offline provider). */
  async function paidBooking(slotId: string): Promise<{ buyer: { accountId: string; client: GraphQLTestClient }; bookingId: string; orderId: string }> {
    const buyer = await createAccount(env, 'rider');
    const { holdSlot } = await buyer.client.data<{ holdSlot: { id: string } }>(HOLD, { slotId });
    const { checkout } = await buyer.client.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(checkout.order.status).toBe('PAID');
    return { buyer, bookingId: holdSlot.id, orderId: checkout.order.id };
  }

  it('vendors open slots: refused in the past, ending before they start, or overlapping', async () => {
    const start = Date.now() + 10 * DAY;
    const add = (slots: unknown[]) => vendor.client.request(ADD_SLOTS, { input: { productId, slots } });
    expect(code(await add([{ startsAt: new Date(Date.now() - HOUR).toISOString() }]))).toBe('BAD_USER_INPUT');
    expect(code(await add([{ startsAt: new Date(start).toISOString(), endsAt: new Date(start - HOUR).toISOString() }]))).toBe('BAD_USER_INPUT');
    expect(code(await add([{ startsAt: new Date(start).toISOString() }, { startsAt: new Date(start + HOUR).toISOString() }]))).toBe('SLOT_OVERLAP');
    const ok = await add([{ startsAt: new Date(start).toISOString() }]);
    expect(ok.errors).toBeUndefined();
    expect(code(await add([{ startsAt: new Date(start + 30 * 60_000).toISOString() }]))).toBe('SLOT_OVERLAP');
    const [created] = (ok.data as { addServiceSlots: { id: string; endsAt: string; seatsLeft: number }[] }).addServiceSlots;
    expect(new Date(created.endsAt).getTime() - start).toBe(90 * 60_000);
    expect(created.seatsLeft).toBe(1);
    // Another vendor's staff cannot add or remove this service's slots.
    expect(code(await other.client.request(ADD_SLOTS, { input: { productId, slots: [{ startsAt: new Date(start + 5 * DAY).toISOString() }] } }))).toBe('NOT_FOUND');
    expect(code(await other.client.request(`mutation($id: ID!) { removeServiceSlot(slotId: $id) }`, { id: created.id }))).toBe('NOT_FOUND');
    expect((await vendor.client.data<{ removeServiceSlot: boolean }>(`mutation($id: ID!) { removeServiceSlot(slotId: $id) }`, { id: created.id })).removeServiceSlot).toBe(true);
  });

  it('20 concurrent holds of a capacity-1 slot: exactly one succeeds, the others are told SLOT_FULL', async () => {
    const slotId = await slot();
    const riders = await Promise.all(Array.from({ length: 20 }, () => createAccount(env, 'rider')));
    const results = await Promise.all(riders.map((rider) => rider.client.request(HOLD, { slotId })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(19);
    for (const result of refused) expect(firstError(result)).toMatchObject({ code: 'SLOT_FULL', field: 'slotId' });
    const [{ seats_taken }] = await env.dataSource.query(`SELECT seats_taken FROM service_slot WHERE id = $1`, [slotId]);
    expect(seats_taken).toBe(1);
    expect(Number((await env.dataSource.query(`SELECT count(*) AS n FROM booking WHERE slot_id = $1 AND status = 'HELD'`, [slotId]))[0].n)).toBe(1);
  });

  it('an expired hold frees the slot: at once for the next hold, and by the every-minute job', async () => {
    const slotId = await slot();
    const first = await createAccount(env, 'rider');
    const { holdSlot } = await first.client.data<{ holdSlot: { id: string } }>(HOLD, { slotId });
    const second = await createAccount(env, 'rider');
    expect(code(await second.client.request(HOLD, { slotId }))).toBe('SLOT_FULL');

    // The clock moves past the hold: the job expires it and gives the seat back.
    await env.dataSource.query(`UPDATE booking SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [holdSlot.id]);
    expect(await env.app.get(BookingHoldExpiryJob).run()).toContain(holdSlot.id);
    expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [holdSlot.id]))[0].status).toBe('EXPIRED');
    expect((await env.dataSource.query(`SELECT seats_taken FROM service_slot WHERE id = $1`, [slotId]))[0].seats_taken).toBe(0);
    const { holdSlot: next } = await second.client.data<{ holdSlot: { id: string } }>(HOLD, { slotId });

    // Without the job: a new hold frees the lapsed one of the slot itself.
    await env.dataSource.query(`UPDATE booking SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [next.id]);
    expect((await first.client.request(HOLD, { slotId })).errors).toBeUndefined();
    expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [next.id]))[0].status).toBe('EXPIRED');
    // And a checkout with the lapsed hold's line is refused with a clear code.
    await env.dataSource.query(`UPDATE cart_line SET booking_id = $2 WHERE account_id = $1`, [second.accountId, next.id]);
    const refused = await second.client.request(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(code(refused)).toBe('BOOKING_EXPIRED');
  });

  it('pays through checkout, the vendor confirms, and completes once it started: the order part is fulfilled', async () => {
    const slotId = await slot();
    const { buyer, bookingId, orderId } = await paidBooking(slotId);
    const { booking } = await buyer.client.data<{ booking: { status: string; amountMinor: number } }>(BOOKING, { id: bookingId });
    expect(booking).toMatchObject({ status: 'PAID', amountMinor: 120_00 });
    const [part] = await env.dataSource.query(`SELECT id, status FROM order_part WHERE order_id = $1 AND seller_id = $2`, [orderId, vendor.sellerId]);
    expect(part.status).toBe('PAID');
    expect(Number((await env.dataSource.query(`SELECT count(*) AS n FROM platform_event WHERE type = 'booking.made' AND subject_id = $1`, [bookingId]))[0].n)).toBe(1);

    expect(code(await buyer.client.request(CONFIRM, { id: bookingId }))).toBe('NOT_FOUND');
    expect(code(await other.client.request(CONFIRM, { id: bookingId }))).toBe('NOT_FOUND');
    expect((await vendor.client.data<{ confirmBooking: { status: string } }>(CONFIRM, { id: bookingId })).confirmBooking.status).toBe('CONFIRMED');
    expect(code(await vendor.client.request(COMPLETE, { id: bookingId }))).toBe('BOOKING_NOT_STARTED');
    // Nor can the vendor mark the part fulfilled before the session (it would be paid out early).
    expect(code(await vendor.client.request(`mutation($id: ID!) { fulfilOrderPart(partId: $id) { status } }`, { id: part.id }))).toBe('CONFLICT');
    await movePast(bookingId, slotId);
    expect(code(await other.client.request(COMPLETE, { id: bookingId }))).toBe('NOT_FOUND');
    expect((await vendor.client.data<{ completeBooking: { status: string } }>(COMPLETE, { id: bookingId })).completeBooking.status).toBe('COMPLETED');
    expect((await env.dataSource.query(`SELECT status FROM order_part WHERE id = $1`, [part.id]))[0].status).toBe('FULFILLED');
  });

  async function movePast(bookingId: string, slotId: string, days = 2) {
    await env.dataSource.query(`UPDATE service_slot SET starts_at = starts_at - ($2 || ' days')::interval - interval '3 days', ends_at = ends_at - ($2 || ' days')::interval - interval '3 days' WHERE id = $1`, [slotId, String(days)]);
    await env.dataSource.query(`UPDATE booking b SET starts_at = s.starts_at, ends_at = s.ends_at FROM service_slot s WHERE s.id = b.slot_id AND b.id = $1`, [bookingId]);
  }

  it('only its buyer and its vendor’s people read a booking; another vendor’s staff meets NOT_FOUND on every query and mutation', async () => {
    const slotId = await slot();
    const { buyer, bookingId } = await paidBooking(slotId);
    expect((await buyer.client.data<{ booking: { id: string } }>(BOOKING, { id: bookingId })).booking.id).toBe(bookingId);
    expect((await vendor.client.data<{ booking: { id: string } }>(BOOKING, { id: bookingId })).booking.id).toBe(bookingId);
    expect(code(await other.client.request(BOOKING, { id: bookingId }))).toBe('NOT_FOUND');
    expect(code(await env.as.consumer.request(BOOKING, { id: bookingId }))).toBe('NOT_FOUND');

    const vendorBookings = await vendor.client.data<{ vendorBookings: { nodes: { id: string }[] } }>(VENDOR_BOOKINGS, { vendorId: vendor.sellerId });
    expect(vendorBookings.vendorBookings.nodes.map((n) => n.id)).toContain(bookingId);
    expect(code(await other.client.request(VENDOR_BOOKINGS, { vendorId: vendor.sellerId }))).toBe('NOT_FOUND');
    expect(code(await other.client.request(`query($v: ID!) { vendorServices(vendorId: $v) { productId } }`, { v: vendor.sellerId }))).toBe('NOT_FOUND');
    expect(code(await other.client.request(`mutation($input: UpdateServiceOfferInput!) { updateServiceOffer(input: $input) { capacity } }`, { input: { productId, capacity: 3 } }))).toBe('NOT_FOUND');
    expect(code(await other.client.request(CANCEL, { id: bookingId, reason: 'not mine' }))).toBe('NOT_FOUND');
    expect(code(await other.client.request(REVIEW, { input: { bookingId, rating: 1, text: 'x' } }))).toBe('NOT_FOUND');

    const mine = await buyer.client.data<{ myBookings: { id: string }[] }>(`{ myBookings { id } }`);
    expect(mine.myBookings.map((b) => b.id)).toEqual([bookingId]);
    expect((await other.client.data<{ myBookings: { id: string }[] }>(`{ myBookings { id } }`)).myBookings).toEqual([]);
  });

  it('the buyer cannot cancel inside the no-refund window (CANCELLATION_WINDOW)', async () => {
    const slotId = await slot(await approvedService(vendor), 5 * HOUR);
    const { buyer, bookingId } = await paidBooking(slotId);
    const refused = await buyer.client.request(CANCEL, { id: bookingId, reason: 'Cannot make it' });
    expect(code(refused)).toBe('CANCELLATION_WINDOW');
    expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]))[0].status).toBe('PAID');
  });

  it('outside the window, the refund and the ledger reversal happen together or not at all', async () => {
    const slotId = await slot();
    const { buyer, bookingId, orderId } = await paidBooking(slotId);
    const [part] = await env.dataSource.query(`SELECT id, gross_minor::int AS gross FROM order_part WHERE order_id = $1 AND seller_id = $2`, [orderId, vendor.sellerId]);
    const ledger = env.app.get(LedgerService);
    const reversals = async () => Number((await env.dataSource.query(`SELECT count(*) AS n FROM ledger_transaction WHERE order_part_id = $1 AND kind = 'REFUND'`, [part.id]))[0].n);
    const refunded = async () => Number((await env.dataSource.query(`SELECT refunded_minor AS n FROM order_part WHERE id = $1`, [part.id]))[0].n);

    // A failure between the refund and its ledger reversal: nothing is stored.
    const post = jest.spyOn(ledger, 'post').mockRejectedValueOnce(new Error('ledger down'));
    const failed = await buyer.client.request(CANCEL, { id: bookingId, reason: 'Plans changed' });
    expect(failed.errors).toBeDefined();
    post.mockRestore();
    expect(await reversals()).toBe(0);
    expect(await refunded()).toBe(0);
    expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]))[0].status).toBe('PAID');
    expect((await env.dataSource.query(`SELECT seats_taken FROM service_slot WHERE id = $1`, [slotId]))[0].seats_taken).toBe(1);

    // The retry goes through once: the refund, its reversal and the cancellation together.
    const { cancelBooking } = await buyer.client.data<{ cancelBooking: { status: string; refundedMinor: number } }>(CANCEL, { id: bookingId, reason: 'Plans changed' });
    expect({ id: bookingId, ...cancelBooking }).toEqual({ id: bookingId, status: 'CANCELLED', refundedMinor: part.gross });
    expect(await reversals()).toBe(1);
    expect(await refunded()).toBe(part.gross);
    expect((await env.dataSource.query(`SELECT seats_taken FROM service_slot WHERE id = $1`, [slotId]))[0].seats_taken).toBe(0);
    await buyer.client.data(CANCEL, { id: bookingId, reason: 'again' });
    expect(await reversals()).toBe(1);
  });

  it('a cancellation whose refund succeeded but whose last step failed is completed by a retry, with the amount refunded', async () => {
    const slotId = await slot();
    const { buyer, bookingId, orderId } = await paidBooking(slotId);
    const [part] = await env.dataSource.query(`SELECT id, gross_minor::int AS gross FROM order_part WHERE order_id = $1 AND seller_id = $2`, [orderId, vendor.sellerId]);
    const log = env.app.get(EventLog);
    const original = log.record.bind(log);
    const step3 = jest.spyOn(log, 'record').mockImplementation((async (type: { name: string }, event: never) => {
      if (type.name === 'booking.cancelled') throw new Error('injected: the process stopped');
      return original(type as never, event);
    }) as never);
    try {
      expect((await buyer.client.request(CANCEL, { id: bookingId, reason: 'Plans changed' })).errors).toBeDefined();
    } finally {
      step3.mockRestore();
    }
    // The refund went through; the booking is still PAID.
    expect((await env.dataSource.query(`SELECT refunded_minor::int FROM order_part WHERE id = $1`, [part.id]))[0].refunded_minor).toBe(part.gross);
    expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]))[0].status).toBe('PAID');

    const { cancelBooking } = await buyer.client.data<{ cancelBooking: { status: string; refundedMinor: number } }>(CANCEL, { id: bookingId, reason: 'Plans changed' });
    expect(cancelBooking).toEqual({ status: 'CANCELLED', refundedMinor: part.gross });
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM refund WHERE payment_id = (SELECT id FROM payment WHERE order_id = $1)`, [orderId]);
    expect(n).toBe(1);
    expect((await env.dataSource.query(`SELECT seats_taken FROM service_slot WHERE id = $1`, [slotId]))[0].seats_taken).toBe(0);
  });

  it('a cancellation whose refund the provider declined can be asked again, with a new key, and refunds once', async () => {
    const slotId = await slot();
    const { buyer, bookingId, orderId } = await paidBooking(slotId);
    const provider = env.app.get(PaymentProviders).for({ provider: 'offline-test', testMode: true });
    const declined = jest.spyOn(provider, 'refund').mockRejectedValueOnce(new PaymentProviderError('DECLINED', 'injected: declined'));
    try {
      expect((await buyer.client.request(CANCEL, { id: bookingId, reason: 'Plans changed' })).errors).toBeDefined();
    } finally {
      declined.mockRestore();
    }
    expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]))[0].status).toBe('PAID');
    const [part] = await env.dataSource.query(`SELECT id, gross_minor::int AS gross FROM order_part WHERE order_id = $1 AND seller_id = $2`, [orderId, vendor.sellerId]);
    expect(await buyer.client.data(CANCEL, { id: bookingId, reason: 'Plans changed' })).toEqual({ cancelBooking: { status: 'CANCELLED', refundedMinor: part.gross } });
    const keys = await env.dataSource.query(`SELECT refund_key, status FROM order_part_refund WHERE order_part_id = $1 ORDER BY created_at`, [part.id]);
    expect(keys).toEqual([
      { refund_key: `order-part-refund-booking-cancel:${bookingId}`, status: 'FAILED' },
      { refund_key: `order-part-refund-booking-cancel:${bookingId}-attempt-2`, status: 'SUCCEEDED' },
    ]);
  });

  it('a booking completed while its cancellation was refunded stays completed (CONFLICT)', async () => {
    const slotId = await slot();
    const { buyer, bookingId } = await paidBooking(slotId);
    const refunds = env.app.get(OrderPartRefundService);
    const original = refunds.refund.bind(refunds);
    const meanwhile = jest.spyOn(refunds, 'refund').mockImplementation(async (request) => {
      const part = await original(request);
      await env.dataSource.query(`UPDATE booking SET status = 'COMPLETED' WHERE id = $1`, [bookingId]);
      return part;
    });
    try {
      expect(code(await buyer.client.request(CANCEL, { id: bookingId, reason: 'Plans changed' }))).toBe('CONFLICT');
    } finally {
      meanwhile.mockRestore();
    }
    expect((await env.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]))[0].status).toBe('COMPLETED');
    expect((await env.dataSource.query(`SELECT seats_taken FROM service_slot WHERE id = $1`, [slotId]))[0].seats_taken).toBe(1);
  });

  it('reviews are double-blind: each side reads the other’s once both wrote, or after the reveal days', async () => {
    const slotId = await slot();
    const { buyer, bookingId } = await paidBooking(slotId);
    expect(code(await buyer.client.request(REVIEW, { input: { bookingId, rating: 5, text: 'Too early' } }))).toBe('BOOKING_NOT_COMPLETED');
    await movePast(bookingId, slotId);
    await vendor.client.data(COMPLETE, { id: bookingId });

    await buyer.client.data(REVIEW, { input: { bookingId, rating: 4, text: 'Knew her stuff' } });
    expect(code(await buyer.client.request(REVIEW, { input: { bookingId, rating: 5, text: 'Twice' } }))).toBe('ALREADY_REVIEWED');
    const sides = async (client: GraphQLTestClient) => (await client.data<{ booking: { reviews: { authorSide: string }[] } }>(BOOKING, { id: bookingId })).booking.reviews.map((r) => r.authorSide);
    expect(await sides(buyer.client)).toEqual(['BUYER']);
    expect(await sides(vendor.client)).toEqual([]);
    const vendorRating = async () =>
      (
        await env.as.consumer.data<{ vendorServiceReviews: { rating: number }[] }>(`query($v: ID!) { vendorServiceReviews(vendorId: $v) { rating } }`, { v: vendor.sellerId })
      ).vendorServiceReviews;
    expect(await vendorRating()).toEqual([]);

    // Seven days after completion the buyer's review shows even though the vendor has not written.
    await env.dataSource.query(`UPDATE booking SET completed_at = now() - interval '8 days' WHERE id = $1`, [bookingId]);
    expect(await sides(vendor.client)).toEqual(['BUYER']);
    expect(await vendorRating()).toEqual([{ rating: 4 }]);
    await env.dataSource.query(`UPDATE booking SET completed_at = now() WHERE id = $1`, [bookingId]);

    // Once both wrote, both read both.
    await vendor.client.data(REVIEW, { input: { bookingId, rating: 5, text: 'On time, great rider' } });
    expect(await sides(vendor.client)).toEqual(['BUYER', 'VENDOR']);
    expect(await sides(buyer.client)).toEqual(['BUYER', 'VENDOR']);
    const summary = await env.as.consumer.data<{ services: { vendor: { id: string; serviceRating: { average: number; count: number } } }[] }>(
      `{ services { vendor { id serviceRating { average count } } } }`,
    );
    expect(summary.services.find((s) => s.vendor.id === vendor.sellerId)?.vendor.serviceRating).toEqual({ average: 4, count: 1 });
  });

  it('a page of the vendor’s bookings costs the same statements for one booking as for several (no N+1)', async () => {
    const fresh = await createVendor(env);
    const service = await approvedService(fresh);
    const page = `query($v: ID!) { vendorBookings(vendorId: $v, first: 15) { nodes { id buyerName timeZone refundableUntil meetingUrl service { mode } product { name } vendor { name } reviews { rating } } } }`;
    const statements = async () => {
      env.queries.length = 0;
      await fresh.client.data(page, { v: fresh.sellerId });
      return env.queries.length;
    };
    const bookFresh = async () => {
      const { addServiceSlots } = await fresh.client.data<{ addServiceSlots: { id: string }[] }>(ADD_SLOTS, {
        input: { productId: service, slots: [{ startsAt: new Date(Date.now() + 4 * DAY + (slotsOf.get(service) ?? 0) * 3 * HOUR).toISOString() }] },
      });
      slotsOf.set(service, (slotsOf.get(service) ?? 0) + 1);
      return paidBooking(addServiceSlots[0].id);
    };
    await bookFresh();
    const one = await statements();
    for (let i = 0; i < 3; i++) await bookFresh();
    expect(await statements()).toBe(one);
  });

  it('a payment arriving after the hold lapsed and the slot was taken keeps the payment and marks the booking for refund', async () => {
    const slotId = await slot();
    const late = await createAccount(env, 'rider');
    const { holdSlot } = await late.client.data<{ holdSlot: { id: string } }>(HOLD, { slotId });
    const connection = env.app.get(TransactionalConnection);
    // The hold is linked to an order, lapses, and someone else takes the seat before the payment lands.
    const [{ id: orderId }] = await env.dataSource.query(`SELECT id FROM shop_order LIMIT 1`);
    await env.dataSource.query(`UPDATE booking SET order_id = $2, hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [holdSlot.id, orderId]);
    await env.app.get(BookingHoldExpiryJob).run();
    const taker = await createAccount(env, 'rider');
    await taker.client.data(HOLD, { slotId });
    await connection.withTransaction(() => env.app.get(BookingCheckoutService).markPaid(orderId));
    const [row] = await env.dataSource.query(`SELECT status, payment_issue FROM booking WHERE id = $1`, [holdSlot.id]);
    expect(row).toEqual({ status: 'EXPIRED', payment_issue: 'SLOT_TAKEN_AFTER_HOLD' });
    expect((await env.dataSource.query(`SELECT seats_taken FROM service_slot WHERE id = $1`, [slotId]))[0].seats_taken).toBe(1);
  });
});
