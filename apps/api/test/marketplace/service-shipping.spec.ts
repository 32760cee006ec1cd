import { SessionService } from '@flagship/accounts';
import { ListingService } from '@flagship/marketplace';
import type { GraphQLTestClient } from '@flagship/testing';
import { createAccount, createVendor, type TestSeller } from '../support/marketplace-fixtures';
import { CHECKOUT, checkoutInput, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const CREATE = `mutation($input: CreateServiceListingInput!) { createServiceListing(input: $input) { productId } }`;
const ADD_SLOTS = `mutation($input: AddServiceSlotsInput!) { addServiceSlots(input: $input) { id } }`;
const HOLD = `mutation($slotId: ID!) { holdSlot(slotId: $slotId) { id } }`;
const ADD = `mutation($variantId: ID!, $quantity: Int!) { addToCart(variantId: $variantId, quantity: $quantity) { itemCount } }`;
const QUOTE = `query($shippingMethodId: ID!, $country: String!) {
  checkoutQuote(shippingMethodId: $shippingMethodId, country: $country) {
    subtotal { amountMinor } shipping { amountMinor } freeShipping nothingToShip freeShippingShortfall { amountMinor } tax { amountMinor } total { amountMinor }
  }
}`;

interface Quote {
  subtotal: { amountMinor: number };
  shipping: { amountMinor: number };
  freeShipping: boolean;
  nothingToShip: boolean;
  freeShippingShortfall: { amountMinor: number } | null;
  tax: { amountMinor: number };
  total: { amountMinor: number };
}

interface Part {
  seller_kind: string;
  goods_minor: number;
  gross_minor: number;
  net_minor: number;
  commission_minor: number;
}

/**
 * A service is booked, never sent: an order of services alone pays no shipping, and a mixed order's
 * shipping is carried by the parts that ship something (decision 0036, "Shipping").
 */
describe('services ship nothing: pricing and the split', () => {
  let env: TestEnvironment;
  let vendor: TestSeller;
  let productId: string;
  let shippingId: string;
  let slots = 0;

  beforeAll(async () => {
    env = await createTestEnvironment();
    vendor = await createVendor(env, 'Fit Studio');
    shippingId = await standardShippingId(env);
    const [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category ORDER BY position LIMIT 1`);
    const { createServiceListing } = await vendor.client.data<{ createServiceListing: { productId: string } }>(CREATE, {
      input: {
        vendorId: vendor.sellerId,
        title: 'Bike fit for shipping',
        description: 'A full fit on our jig.',
        categoryId,
        priceMinor: 120_00,
        durationMinutes: 60,
        capacity: 1,
        mode: 'IN_PERSON',
        meetingUrl: null,
        location: 'Kastanienallee 5, Berlin',
        timeZone: 'Europe/Berlin',
      },
    });
    productId = createServiceListing.productId;
    const manager = await env.app.get(SessionService).viewerOf((await env.dataSource.query(`SELECT account_id FROM account_role WHERE role = 'BRAND_MANAGER' LIMIT 1`))[0].account_id);
    await env.app.get(ListingService).approve(manager, productId);
  });
  afterAll(() => env.close());

  /** A rider who holds a fresh slot of the bike fit (the cart line of the service, 120.00). */
  async function riderWithBooking(): Promise<GraphQLTestClient> {
    slots += 1;
    const { addServiceSlots } = await vendor.client.data<{ addServiceSlots: { id: string }[] }>(ADD_SLOTS, {
      input: { productId, slots: [{ startsAt: new Date(Date.now() + 3 * 86_400_000 + slots * 2 * 3_600_000).toISOString() }] },
    });
    const rider = await createAccount(env, 'rider');
    await rider.client.data(HOLD, { slotId: addServiceSlots[0].id });
    return rider.client;
  }

  const quoteOf = async (client: GraphQLTestClient, methodId = shippingId) => (await client.data<{ checkoutQuote: Quote }>(QUOTE, { shippingMethodId: methodId, country: 'DE' })).checkoutQuote;
  const partsOf = (orderId: string): Promise<Part[]> =>
    env.dataSource.query(
      `SELECT seller_kind, goods_minor::int, gross_minor::int, net_minor::int, commission_minor::int FROM order_part WHERE order_id = $1 ORDER BY seller_kind`,
      [orderId],
    );

  it('an order of a service alone: no shipping in the quote (with any method) or the order, and the vendor’s part carries none', async () => {
    const rider = await riderWithBooking();
    const [express] = await env.dataSource.query(`SELECT id FROM shipping_method WHERE free_above_minor IS NULL AND price_minor > 0 ORDER BY position LIMIT 1`);
    for (const method of [shippingId, express.id as string]) {
      const quote = await quoteOf(rider, method);
      expect(quote).toMatchObject({ subtotal: { amountMinor: 120_00 }, shipping: { amountMinor: 0 }, freeShipping: true, nothingToShip: true, freeShippingShortfall: null, total: { amountMinor: 120_00 } });
    }
    const quote = await quoteOf(rider);
    const { checkout } = await rider.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId, { expectedTotalMinor: quote.total.amountMinor }) });
    expect(checkout.order).toMatchObject({ status: 'PAID', subtotal: { amountMinor: 120_00 }, shipping: { amountMinor: 0 }, total: { amountMinor: 120_00 } });
    expect(checkout.order.tax.amountMinor).toBe(quote.tax.amountMinor);
    const [{ shipping_method_name }] = await env.dataSource.query(`SELECT shipping_method_name FROM shop_order WHERE id = $1`, [checkout.order.id]);
    expect(shipping_method_name).toBe('Nothing to ship');
    const parts = await partsOf(checkout.order.id);
    expect(parts).toHaveLength(1);
    // Prices include tax: the part's gross is its goods, nothing more.
    expect(parts[0]).toMatchObject({ seller_kind: 'VENDOR', goods_minor: 120_00, gross_minor: 120_00 });
    expect(parts[0].net_minor + parts[0].commission_minor).toBe(120_00);
  });

  it('a mixed order (brand goods + a service): the free-shipping threshold counts the goods only, and all the shipping is on the brand’s part', async () => {
    const rider = await riderWithBooking();
    await rider.data(ADD, { variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 });
    const quote = await quoteOf(rider);
    // 34.00 of goods + 120.00 of service: the 154.00 would reach "free from 100.00", the goods alone do not.
    expect(quote).toMatchObject({ subtotal: { amountMinor: 154_00 }, shipping: { amountMinor: 4_90 }, freeShipping: false, nothingToShip: false, freeShippingShortfall: { amountMinor: 66_00 } });
    const { checkout } = await rider.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId, { expectedTotalMinor: quote.total.amountMinor }) });
    expect(checkout.order).toMatchObject({ status: 'PAID', shipping: { amountMinor: 4_90 }, total: { amountMinor: 158_90 } });
    const [brand, service] = await partsOf(checkout.order.id);
    expect(brand).toMatchObject({ seller_kind: 'BRAND', goods_minor: 34_00, gross_minor: 34_00 + 4_90 });
    expect(service).toMatchObject({ seller_kind: 'VENDOR', goods_minor: 120_00, gross_minor: 120_00 });
    expect(brand.gross_minor + service.gross_minor).toBe(checkout.order.total.amountMinor);
  });

  it('a mixed order with tax on top: the shipping stays on the goods part, tax follows each part’s goods and shipping, the parts still sum to the total', async () => {
    await env.dataSource.query(`INSERT INTO shop_settings (id, prices_include_tax) VALUES (1, false) ON CONFLICT (id) DO UPDATE SET prices_include_tax = false`);
    try {
      const rider = await riderWithBooking();
      await rider.data(ADD, { variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 });
      const quote = await quoteOf(rider);
      // Tax on 154.00 + 4.90 at 19%: 30.19; total 189.09.
      expect(quote).toMatchObject({ shipping: { amountMinor: 4_90 }, tax: { amountMinor: 30_19 }, total: { amountMinor: 189_09 } });
      const { checkout } = await rider.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId, { expectedTotalMinor: quote.total.amountMinor }) });
      const [brand, service] = await partsOf(checkout.order.id);
      expect(brand.gross_minor + service.gross_minor).toBe(189_09);
      // The service's part: its 120.00 and its own tax (22.80), within a unit; no shipping.
      expect(Math.abs(service.gross_minor - 142_80)).toBeLessThanOrEqual(1);
      expect(Math.abs(brand.gross_minor - Math.round((34_00 + 4_90) * 1.19))).toBeLessThanOrEqual(1);
    } finally {
      await env.dataSource.query(`UPDATE shop_settings SET prices_include_tax = true`);
    }
  });
});
