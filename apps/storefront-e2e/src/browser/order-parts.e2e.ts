import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { api } from '../support/shop-api';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/**
 * Orders split per seller (decision 0036), as the people involved meet them: the brand manager sets a
 * commission rule on /manage/marketplace; a rider buys a vendor's product with a brand item and sees
 * the order grouped by seller, without any commission; the vendor sees the part on /vendor/orders
 * with its gross, commission and net, and marks it fulfilled; the manager sees the commission on the
 * order's page. Every page passes an axe scan at phone and desktop widths.
 */
describe('order parts in the browser', () => {
  const shop = useShopInBrowser();
  let manager: Page;

  const scanAtBothWidths = async (page: Page, name: string) => {
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      await expectNoSeriousViolations(page);
      await screenshot(page, `${name}-${size.width}`);
    }
  };

  it('a brand manager edits the marketplace settings and sets, changes and removes a commission rule', async () => {
    manager = await shop.newPage();
    await logIn(manager, 'manager@ridgeline.example');
    await manager.goto('/manage/marketplace');
    await manager.getByRole('heading', { name: 'Marketplace', level: 1 }).waitFor();
    await scanAtBothWidths(manager, 'manage-marketplace');

    // Out of range: the field says so, from the form and from the API.
    const hold = manager.getByLabel('Booking hold (minutes)');
    await hold.fill('1');
    await manager.getByRole('button', { name: 'Save settings' }).click();
    await manager.getByText('Between 5 and 120').waitFor();
    expect(await hold.getAttribute('aria-invalid')).toBe('true');
    await hold.fill('20');
    await manager.getByRole('button', { name: 'Save settings' }).click();
    await manager.getByText('Marketplace settings saved').first().waitFor();

    const rules = manager.getByRole('form', { name: 'Set a commission rule' });
    await rules.getByLabel('Category').selectOption({ label: 'Parts' });
    await rules.getByLabel('Commission (%)').fill('12.5');
    await rules.getByLabel('At most (EUR, optional)').fill('30');
    await rules.getByRole('button', { name: 'Save rule' }).click();
    const list = manager.getByRole('list', { name: 'Commission rules' });
    await list.getByText('All vendors in Parts').waitFor();
    await list.getByText('12.5 %, at most €30.00').waitFor();
    // Setting the same scope again changes the rule rather than adding one.
    await rules.getByLabel('Category').selectOption({ label: 'Parts' });
    await rules.getByLabel('Commission (%)').fill('10');
    await rules.getByLabel('At most (EUR, optional)').fill('');
    await rules.getByRole('button', { name: 'Save rule' }).click();
    await list.getByText('10 %', { exact: true }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await expectNoSeriousViolations(manager);
    await list.getByRole('button', { name: 'Remove the rule for All vendors in Parts' }).click();
    await manager.getByText('No rules yet: every vendor pays the default.').waitFor();
  });

  it('a rider’s mixed order is grouped by seller without commission; the vendor sees its net and marks its part fulfilled; the manager sees the commission', async () => {
    const vendor = await shop.newPage();
    await logIn(vendor, 'fitting@velofit.example');
    const { me } = await api<{ me: { memberships: { organisation: { id: string; name: string; kind: string } }[] } }>(vendor, `{ me { memberships { organisation { id name kind } } } }`);
    const velofit = me.memberships.find((m) => m.organisation.kind === 'VENDOR')!.organisation;
    const { products } = await api<{ products: { nodes: { slug: string; name: string; variants: { id: string; stock: number }[] }[] } }>(
      vendor,
      `query($id: ID!) { products(first: 5, filter: { sellerKind: VENDOR, sellerId: $id, offerKind: GOODS }) { nodes { slug name variants { id stock } } } }`,
      { id: velofit.id },
    );
    const product = products.nodes.find((p) => p.variants.some((v) => v.stock > 0));
    if (!product) throw new Error(`The demo has no ${velofit.name} product in stock (DemoListings seeds the vendors' approved products)`);

    const rider = await shop.newPage();
    await logIn(rider, 'ben@riders.example');
    const { product: chain } = await api<{ product: { variants: { id: string; stock: number }[] } }>(rider, `{ product(slug: "ridgeline-chain-12") { variants { id stock } } }`);
    for (const variantId of [chain.variants.find((v) => v.stock > 0)!.id, product.variants.find((v) => v.stock > 0)!.id]) {
      await api(rider, `mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: variantId });
    }
    await rider.goto('/cart');
    await rider.getByText(`Sold by ${velofit.name}`).first().waitFor();
    const { shippingMethods } = await api<{ shippingMethods: { id: string }[] }>(rider, `{ shippingMethods { id } }`);
    const { checkout } = await api<{ checkout: { order: { id: string } } }>(rider, `mutation($input: CheckoutInput!) { checkout(input: $input) { order { id } } }`, {
      input: { checkoutKey: randomUUID(), shippingMethodId: shippingMethods[0].id, address: { name: 'Ben Climber', line1: 'Hauptstraße 1', city: 'Freiburg', postcode: '79098', country: 'DE' } },
    });
    const orderId = checkout.order.id;

    await rider.goto(`/orders/${orderId}`);
    await rider.getByRole('heading', { name: `Sold by ${velofit.name}` }).waitFor();
    await rider.getByRole('heading', { name: 'Sold by Ridgeline Cycles' }).waitFor();
    expect(await rider.getByText(/commission/i).count()).toBe(0);
    await scanAtBothWidths(rider, 'order-by-seller');

    await vendor.goto('/vendor/orders');
    const part = vendor.getByRole('region', { name: /Ben Climber, Freiburg/ }).first();
    await part.waitFor();
    await part.getByText(product.name).waitFor();
    const net = await part.getByTestId('part-net').textContent();
    expect(net).toMatch(/€\d/);
    await scanAtBothWidths(vendor, 'vendor-orders');
    await part.getByRole('button', { name: 'Mark fulfilled' }).click();
    await part.getByText('Fulfilled', { exact: true }).waitFor();
    await part.getByRole('button', { name: 'Refund', exact: true }).click();
    const dialog = vendor.getByRole('dialog', { name: 'Refund this order' });
    await dialog.getByLabel(/Amount/).fill('100000');
    await dialog.getByRole('button', { name: 'Refund', exact: true }).click();
    await dialog.getByText(/At most/).waitFor();
    await expectNoSeriousViolations(vendor);
    await dialog.getByLabel(/Amount/).fill('1.00');
    await dialog.getByRole('button', { name: 'Refund', exact: true }).click();
    await vendor.getByText('Refunded €1.00').first().waitFor();

    await manager.goto(`/manage/orders/${orderId}`);
    const sellers = manager.getByRole('region', { name: 'Sellers and commission' });
    await sellers.getByText(velofit.name).waitFor();
    await sellers.getByText(/Commission \(\d/).first().waitFor();
    await scanAtBothWidths(manager, 'manage-order-parts');
  });
});
