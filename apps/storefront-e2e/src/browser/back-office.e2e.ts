import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1366, height: 900 };

/** A success or error message in the layout's toasts. */
const toast = (page: Page, text: string) => page.getByRole('region', { name: /Notifications/ }).getByText(text, { exact: true });

/** Places an order for the signed-in buyer through the API, as checkout would (the offline test provider pays at once). */
async function placeOrder(buyer: Page, slug: string): Promise<{ id: string; number: string }> {
  return buyer.evaluate(async (productSlug) => {
    async function graphql<T>(query: string, variables: object = {}): Promise<T> {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    }
    const { product } = await graphql<{ product: { variants: { id: string }[] } }>('query ($slug: String!) { product(slug: $slug) { variants { id } } }', { slug: productSlug });
    await graphql('mutation ($id: ID!) { addToCart(variantId: $id) { itemCount } }', { id: product.variants[0].id });
    const { shippingMethods } = await graphql<{ shippingMethods: { id: string }[] }>('query { shippingMethods { id } }');
    const { checkout } = await graphql<{ checkout: { order: { id: string; number: string } } }>('mutation ($input: CheckoutInput!) { checkout(input: $input) { order { id number } } }', {
      input: {
        checkoutKey: crypto.randomUUID(),
        shippingMethodId: shippingMethods[0].id,
        address: { name: 'Ana Rider', line1: 'Bergstraße 12', city: 'Berlin', postcode: '10115', country: 'DE' },
      },
    });
    return checkout.order;
  }, slug);
}

/**
 * The back office as a brand manager uses it: every order listed (fulfilled ones too) with filters
 * and a search, an order page with buyer, payment, refunds and history, and money and destructive
 * actions that ask first (Cancel does nothing) and say when they are done.
 */
describe('the back office', () => {
  const shop = useShopInBrowser();
  let manager: Page;
  let buyer: Page;
  let order: { id: string; number: string };

  it('lists a fulfilled order among all orders without choosing a filter, and finds it by number', async () => {
    buyer = await shop.newPage();
    await logIn(buyer, 'ana@riders.example');
    order = await placeOrder(buyer, 'ridgeline-multitool');

    manager = await shop.newPage();
    await logIn(manager, 'manager@ridgeline.example');
    await manager.goto(`/manage/orders/${order.id}`);
    await manager.getByRole('heading', { name: `Order ${order.number}`, level: 1 }).waitFor();

    // Fulfilling asks first, naming the order; Cancel leaves it as it was.
    await manager.getByRole('button', { name: 'Mark fulfilled' }).click();
    const ask = manager.getByRole('alertdialog', { name: `Mark order ${order.number} fulfilled?` });
    await ask.waitFor();
    await expectNoSeriousViolations(manager);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await manager.getByTestId('order-status').textContent()).toBe('Paid');
    await manager.getByRole('button', { name: 'Mark fulfilled' }).click();
    await ask.getByRole('button', { name: 'Mark fulfilled' }).click();
    await toast(manager, `Order ${order.number} marked fulfilled`).waitFor();
    await manager.getByTestId('order-status').filter({ hasText: 'Fulfilled' }).waitFor();
    await manager.getByText(/Fulfilled .* by Maya Brandt\./).waitFor();

    // The list shows it as it opens, with no state chosen.
    await openManagePage(manager, 'Orders');
    const row = manager.getByRole('row').filter({ has: manager.getByRole('link', { name: `Order ${order.number}` }) });
    await row.waitFor();
    expect(await manager.getByLabel('Status').inputValue()).toBe('');
    expect(await row.textContent()).toContain('Fulfilled');
    expect(await row.textContent()).toContain('Ana Rider');
    await expectNoSeriousViolations(manager);

    // A state with no orders says so, and offers the way back; a search finds the order by number.
    await manager.getByLabel('Status').selectOption('CANCELLED');
    await manager.getByRole('heading', { name: 'No orders match' }).waitFor();
    await manager.getByRole('button', { name: 'Show all orders' }).click();
    await row.waitFor();
    await manager.getByLabel('Order number or buyer email').fill(order.number.toLowerCase().replace('-', ''));
    await manager.getByRole('button', { name: 'Search' }).click();
    await manager.getByText('1 matching order, newest first.').waitFor();
    await row.waitFor();
    expect(await manager.getByRole('row').count()).toBe(2);
  });

  it('asks before a refund, naming the amount and the order: Cancel refunds nothing, Refund refunds and says so', async () => {
    await manager.getByRole('link', { name: `Order ${order.number}` }).click();
    await manager.getByRole('heading', { name: `Order ${order.number}`, level: 1 }).waitFor();
    await manager.getByRole('heading', { name: 'Buyer' }).waitFor();
    await manager.getByRole('link', { name: 'ana@riders.example' }).waitFor();
    const refunds = manager.getByRole('region', { name: 'Refunds' });

    // The rest: asked, then cancelled.
    await refunds.getByRole('button', { name: 'Refund the rest (€38.90)' }).click();
    const askRest = manager.getByRole('alertdialog', { name: `Refund €38.90 of order ${order.number}?` });
    await askRest.waitFor();
    expect(await askRest.textContent()).toContain('A refund cannot be undone');
    await askRest.getByRole('button', { name: 'Cancel' }).click();
    await askRest.waitFor({ state: 'detached' });
    await refunds.getByText('No refunds.').waitFor();
    expect(await manager.getByTestId('order-status').textContent()).toBe('Fulfilled');

    // Part of it: a wrong amount is explained by the field and asks nothing; a right one asks, then refunds.
    const partial = manager.getByRole('form', { name: 'Refund part of this order' });
    await partial.getByLabel(/Amount to refund/).fill('lots');
    await partial.getByRole('button', { name: 'Refund amount' }).click();
    await partial.getByRole('alert').filter({ hasText: 'Enter an amount such as 12.50' }).waitFor();
    expect(await manager.getByRole('alertdialog').count()).toBe(0);
    await partial.getByLabel(/Amount to refund/).fill('5.00');
    await partial.getByRole('button', { name: 'Refund amount' }).click();
    const askPart = manager.getByRole('alertdialog', { name: `Refund €5.00 of order ${order.number}?` });
    await askPart.waitFor();
    await expectNoSeriousViolations(manager);
    await manager.setViewportSize(PHONE);
    await screenshot(manager, 'back-office-refund-confirm-phone');
    await manager.setViewportSize(DESKTOP);
    await askPart.getByRole('button', { name: 'Refund €5.00' }).click();

    await toast(manager, `Refunded €5.00 of order ${order.number}`).waitFor();
    await askPart.waitFor({ state: 'detached' });
    await manager.getByTestId('order-status').filter({ hasText: 'Partly refunded' }).waitFor();
    await refunds.getByText(/by Maya Brandt$/).waitFor();
    await manager.getByRole('region', { name: 'History' }).getByText('€5.00 refunded by Maya Brandt').waitFor();
    expect(await refunds.getByRole('button', { name: 'Refund the rest (€33.90)' }).count()).toBe(1);
    await expectNoSeriousViolations(manager);
    await screenshot(manager, 'back-office-order-desktop');
    await manager.setViewportSize(PHONE);
    expect(await manager.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(manager, 'back-office-order-phone');
    await manager.setViewportSize(DESKTOP);

    // The buyer sees the refund on their order, read-only.
    await buyer.goto(`/orders/${order.id}`);
    await buyer.getByTestId('order-status').filter({ hasText: 'Partly refunded' }).waitFor();
    const buyerRefunds = buyer.getByRole('region', { name: 'Refunds' });
    await buyerRefunds.getByText('€5.00').waitFor();
    expect(await buyerRefunds.getByRole('button').count()).toBe(0);
    expect(await buyerRefunds.textContent()).not.toContain('Maya');
  });

  it('lists products compactly with search and status filter, and asks before archiving', async () => {
    await openManagePage(manager, 'Products');
    const table = manager.getByRole('table', { name: 'Products' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(13);
    await expectNoSeriousViolations(manager);
    await screenshot(manager, 'back-office-products-desktop');
    await manager.setViewportSize(PHONE);
    expect(await manager.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(manager, 'back-office-products-phone');
    await manager.setViewportSize(DESKTOP);

    await manager.getByLabel('Name').fill('gravel');
    await manager.getByRole('button', { name: 'Search' }).click();
    await table.getByRole('row', { name: /12-speed Chain/ }).waitFor({ state: 'detached' });
    await table.getByRole('row', { name: /Summit CF Gravel Bike/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(4);

    const row = table.getByRole('row', { name: /Gravel Wheelset 700c/ });
    await row.getByRole('button', { name: 'Archive Gravel Wheelset 700c' }).click();
    const ask = manager.getByRole('alertdialog', { name: 'Archive Gravel Wheelset 700c?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await row.textContent()).toContain('Published');
    await row.getByRole('button', { name: 'Archive Gravel Wheelset 700c' }).click();
    await ask.getByRole('button', { name: 'Archive' }).click();
    await toast(manager, 'Gravel Wheelset 700c archived').waitFor();
    await row.getByText('Archived', { exact: true }).waitFor();

    // Only archived ones: the one just archived; restored, it is a draft again.
    await manager.getByLabel('Status').selectOption('ARCHIVED');
    await table.getByRole('row', { name: /Summit CF Gravel Bike/ }).waitFor({ state: 'detached' });
    await table.getByRole('row', { name: /Gravel Wheelset 700c/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await row.getByRole('button', { name: 'Restore as draft Gravel Wheelset 700c' }).click();
    await toast(manager, 'Gravel Wheelset 700c restored as a draft').waitFor();
    await manager.getByRole('heading', { name: 'No products match' }).waitFor();
  });
});
