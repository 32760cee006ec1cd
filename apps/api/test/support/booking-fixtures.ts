import { SessionService } from '@flagship/accounts';
import { ListingService } from '@flagship/marketplace';
import { createAccount, type TestSeller } from './marketplace-fixtures';
import { CHECKOUT, checkoutInput, standardShippingId, type CheckoutData } from './shop-fixtures';
import type { TestEnvironment } from './test-environment';

const DAY = 86_400_000;

/** An approved in-person service of `vendor` (capacity 1, 90 minutes, 120.00 a seat) with one slot `startsIn` ms from now. */
export async function approvedServiceWithSlot(env: TestEnvironment, vendor: TestSeller, startsIn = 3 * DAY): Promise<{ productId: string; slotId: string }> {
  const [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category ORDER BY position LIMIT 1`);
  const { createServiceListing } = await vendor.client.data<{ createServiceListing: { productId: string } }>(
    `mutation($input: CreateServiceListingInput!) { createServiceListing(input: $input) { productId } }`,
    {
      input: {
        vendorId: vendor.sellerId,
        title: `Bike fit ${Math.random().toString(36).slice(2, 7)}`,
        description: 'A full fit on our jig.',
        categoryId,
        priceMinor: 120_00,
        durationMinutes: 90,
        capacity: 1,
        mode: 'IN_PERSON',
        location: 'Kastanienallee 5, Berlin',
        timeZone: 'Europe/Berlin',
      },
    },
  );
  const manager = await env.app.get(SessionService).viewerOf((await env.dataSource.query(`SELECT account_id FROM account_role WHERE role = 'BRAND_MANAGER' LIMIT 1`))[0].account_id);
  await env.app.get(ListingService).approve(manager, createServiceListing.productId);
  const { addServiceSlots } = await vendor.client.data<{ addServiceSlots: { id: string }[] }>(
    `mutation($input: AddServiceSlotsInput!) { addServiceSlots(input: $input) { id } }`,
    { input: { productId: createServiceListing.productId, slots: [{ startsAt: new Date(Date.now() + startsIn).toISOString() }] } },
  );
  return { productId: createServiceListing.productId, slotId: addServiceSlots[0].id };
}

/** A new rider's booking of `slotId`: held, or paid through the real checkout (offline provider), or completed too. */
export async function bookingOf(env: TestEnvironment, vendor: TestSeller, slotId: string, stage: 'HELD' | 'PAID' | 'COMPLETED' = 'PAID') {
  const buyer = await createAccount(env, 'rider');
  const { holdSlot } = await buyer.client.data<{ holdSlot: { id: string } }>(`mutation($slotId: ID!) { holdSlot(slotId: $slotId) { id } }`, { slotId });
  if (stage !== 'HELD') {
    const { checkout } = await buyer.client.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    if (checkout.order.status !== 'PAID') throw new Error(`The booking's order is ${checkout.order.status}`);
  }
  if (stage === 'COMPLETED') {
    await env.dataSource.query(`UPDATE service_slot SET starts_at = now() - interval '2 hours', ends_at = now() - interval '30 minutes' WHERE id = $1`, [slotId]);
    await env.dataSource.query(`UPDATE booking b SET starts_at = s.starts_at, ends_at = s.ends_at FROM service_slot s WHERE s.id = b.slot_id AND b.id = $1`, [holdSlot.id]);
    await vendor.client.data(`mutation($id: ID!) { completeBooking(id: $id) { status } }`, { id: holdSlot.id });
  }
  return { buyer, bookingId: holdSlot.id };
}
