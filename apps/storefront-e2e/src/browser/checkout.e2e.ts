import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import path from 'node:path';
import { SCREENSHOT_DIR, screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1366, height: 900 };

/**
 * The header's cart button, named by its live count of units ("Cart, 3 items") and showing the
 * number. Found by its test id: while the drawer is open the rest of the page is hidden from
 * assistive technology (a modal), and role queries skip it.
 */
const cartButton = (page: Page, count: number) => ({
  async waitFor() {
    await page.locator(`[data-testid="cart-button"][aria-label="Cart, ${count} ${count === 1 ? 'item' : 'items'}"]`).waitFor();
    expect(await page.getByTestId('cart-count').textContent({ timeout: count ? undefined : 1 }).catch(() => null)).toBe(count ? String(count) : null);
  },
});
const drawer = (page: Page) => page.getByRole('dialog', { name: 'Your cart' });
const subtotal = (page: Page) => drawer(page).locator('.cart-summary-row');

/** Once React has taken over the server-rendered page: before that a typed quantity or a click goes nowhere. */
const hydrated = (page: Page) => page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')));

async function addToCart(page: Page, slug: string, quantity = 1): Promise<void> {
  await page.goto(`/products/${slug}`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Add to cart' }).waitFor();
  await page.getByLabel('Quantity').fill(String(quantity));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await drawer(page).waitFor();
}

async function closeDrawer(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await drawer(page).waitFor({ state: 'detached' });
}

const documentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * Screenshots on a desktop and a phone; the phone's page must not scroll sideways. `screen`: what the
 * window shows rather than the whole page (the drawer is fixed to the window).
 */
async function screenshots(page: Page, name: string, { screen = false } = {}): Promise<void> {
  const shoot = (file: string) => (screen ? page.screenshot({ path: path.join(SCREENSHOT_DIR, `${file}.png`) }) : screenshot(page, file));
  await page.setViewportSize(DESKTOP);
  await shoot(name);
  await page.setViewportSize(PHONE);
  expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await shoot(`${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/**
 * Issue 9's cart and checkout as a shopper meets them: the header counts units, live, for visitors
 * (in every tab) and members; the drawer opens on "Add to cart"; the checkout shows every line,
 * shipping ("Free" when it is), tax and the total before "Place order", and the order costs exactly
 * that; the form shows every problem at once and focuses the first; the confirmation says what was
 * bought, where it goes in words and what happens next.
 */
describe('cart and checkout', () => {
  const shop = useShopInBrowser();

  it('counts the units in the header as a visitor adds, changes and removes them, in every tab', async () => {
    const page = await shop.newPage();
    await page.goto('/');
    await hydrated(page);
    await cartButton(page, 0).waitFor();

    await addToCart(page, 'ridgeline-chain-12');
    await cartButton(page, 1).waitFor();
    await drawer(page).getByRole('link', { name: '12-speed Chain' }).waitFor();
    await expectNoSeriousViolations(page);
    await screenshots(page, 'cart-drawer', { screen: true });
    // Closing the drawer gives focus back to the "Add to cart" that opened it.
    await closeDrawer(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add to cart');

    await addToCart(page, 'ridgeline-multitool', 2);
    // Units, not lines: one chain and two multi-tools.
    await cartButton(page, 3).waitFor();

    // Another tab of the same shop sees the same count, and follows changes made here.
    const otherTab = await page.context().newPage();
    await otherTab.goto('/');
    await hydrated(otherTab);
    await cartButton(otherTab, 3).waitFor();

    await drawer(page).getByRole('button', { name: 'One more 12-speed Chain, Standard' }).click();
    await cartButton(page, 4).waitFor();
    await cartButton(otherTab, 4).waitFor();
    await drawer(page).getByRole('button', { name: 'One fewer Trailside Multi-tool, Standard' }).click();
    await cartButton(page, 3).waitFor();
    // Priced again by the API: 2 × 39.00 + 34.00.
    await subtotal(page).filter({ hasText: '€112.00' }).waitFor();
    await drawer(page).getByRole('button', { name: 'Remove Trailside Multi-tool, Standard' }).click();
    await cartButton(page, 2).waitFor();
    await cartButton(otherTab, 2).waitFor();
    await drawer(page).getByRole('button', { name: 'Remove 12-speed Chain, Standard' }).click();
    await cartButton(page, 0).waitFor();
    await drawer(page).getByRole('heading', { name: 'Your cart is empty' }).waitFor();

    await page.reload();
    await cartButton(page, 0).waitFor();
  });

  it('counts a member’s cart the same way, and keeps the visitor’s cart through signing in', async () => {
    const page = await shop.newPage();
    await addToCart(page, 'ridgeline-chain-12');
    await cartButton(page, 1).waitFor();
    await closeDrawer(page);

    await logIn(page, 'chloe@riders.example');
    await cartButton(page, 1).waitFor();
    await addToCart(page, 'ridgeline-multitool', 2);
    await cartButton(page, 3).waitFor();
    await drawer(page).getByRole('button', { name: 'One more Trailside Multi-tool, Standard' }).click();
    await cartButton(page, 4).waitFor();
    await drawer(page).getByRole('button', { name: 'Remove 12-speed Chain, Standard' }).click();
    await cartButton(page, 3).waitFor();
    await subtotal(page).filter({ hasText: '€102.00' }).waitFor();

    // Kept by the API: a reload (or another device) shows the same.
    await page.reload();
    await cartButton(page, 3).waitFor();
  });

  it('shows the total before placing the order, with free shipping when the cart qualifies, and the order costs exactly that', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ana@riders.example');
    await addToCart(page, 'ridgeline-chain-12', 2);
    await addToCart(page, 'ridgeline-multitool');
    await cartButton(page, 3).waitFor();
    await drawer(page).getByRole('link', { name: 'View cart' }).click();
    await page.getByRole('heading', { name: /Your cart/, level: 1 }).waitFor();
    await expectNoSeriousViolations(page);
    await screenshots(page, 'cart');

    await page.getByRole('link', { name: 'Checkout' }).click();
    await page.getByRole('heading', { name: 'Checkout', level: 1 }).waitFor();
    const summary = page.getByRole('complementary', { name: 'Order summary' });
    await summary.getByText('12-speed Chain').waitFor();
    await summary.getByText('Trailside Multi-tool').waitFor();
    // 2 × 39.00 + 34.00 = 112.00, over Standard's 100.00: free, and said so.
    await page.getByTestId('summary-shipping').filter({ hasText: 'Free' }).waitFor();
    expect(await page.getByTestId('summary-subtotal').textContent()).toBe('€112.00');
    expect(await page.getByTestId('summary-tax').textContent()).toBe('€17.88');
    await page.getByTestId('summary-total').filter({ hasText: '€112.00' }).waitFor();
    await page.getByRole('radio', { name: 'Standard (3-5 days): Free' }).waitFor();

    // Another method or country changes the summary before anything is placed.
    await page.getByRole('radio', { name: /^Express/ }).check();
    await page.getByTestId('summary-total').filter({ hasText: '€126.90' }).waitFor();
    expect(await page.getByTestId('summary-shipping').textContent()).toBe('€14.90');
    await page.getByRole('radio', { name: /^Standard/ }).check();
    await page.getByTestId('summary-total').filter({ hasText: '€112.00' }).waitFor();
    await expectNoSeriousViolations(page);

    // Every problem at once, focus on the first; the postcode's format is checked with the rest.
    await page.getByLabel('Postcode').fill('123');
    await page.getByRole('button', { name: 'Place order (test mode)' }).click();
    for (const message of ['Enter the recipient’s name', 'Enter the street and number', 'Enter a postcode like 10115', 'Enter the city']) {
      await page.getByText(message).waitFor();
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('address.name');
    await expectNoSeriousViolations(page);
    await screenshots(page, 'checkout-errors');

    await page.getByLabel('Full name').fill('Ana Rider');
    await page.getByLabel('Street and number').fill('Bergstraße 12');
    await page.getByLabel('Postcode').fill('10115');
    await page.getByLabel('City').fill('Berlin');
    await page.getByLabel('Save this address for next time').check();
    await page.getByTestId('summary-total').filter({ hasText: '€112.00' }).waitFor();
    await screenshots(page, 'checkout');
    const quotedTotal = await page.getByTestId('summary-total').textContent();
    await page.getByRole('button', { name: 'Place order (test mode)' }).click();

    // The confirmation: thanks, the number, the items, the address in words, what happens next.
    await page.getByRole('heading', { name: 'Thank you for your order, Ana!', level: 1 }).waitFor();
    expect(await page.getByTestId('confirmation-total').textContent()).toBe(quotedTotal);
    const lines = page.getByTestId('confirmation-lines');
    await lines.getByText('12-speed Chain').waitFor();
    // Since the marketplace, the confirmation lists the order by seller (order parts): name × quantity, line total.
    await lines.getByText('12-speed Chain × 2').waitFor();
    await lines.getByText('Trailside Multi-tool').waitFor();
    const address = page.locator('address');
    expect((await address.innerText()).split('\n')).toEqual(['Ana Rider', 'Bergstraße 12', '10115 Berlin', 'Germany']);
    await page.getByRole('heading', { name: 'What happens next' }).waitFor();
    await page.getByText('We don’t send emails yet').waitFor();
    await cartButton(page, 0).waitFor();
    await expectNoSeriousViolations(page);
    await screenshots(page, 'confirmation');

    // The order itself, as the API keeps it, costs what the summary said.
    const orderId = /\/orders\/([^/]+)\/confirmation$/.exec(new URL(page.url()).pathname)![1];
    const response = await page.request.post('/graphql', { data: { query: 'query($id: ID!) { order(id: $id) { total { amountMinor } shipping { amountMinor } } }', variables: { id: orderId } } });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ order: { total: { amountMinor: 112_00 }, shipping: { amountMinor: 0 } } });
  });

  it('charges shipping below the threshold, in the summary and the order alike, to a saved address', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ana@riders.example');
    await addToCart(page, 'ridgeline-multitool');
    await page.goto('/checkout');
    await page.getByRole('heading', { name: 'Checkout', level: 1 }).waitFor();

    // The address saved with the last order is offered first and filled in.
    expect(await page.getByLabel('Saved addresses').locator('option:checked').textContent()).toBe('Ana Rider, Bergstraße 12, 10115 Berlin, Germany (default)');
    expect(await page.getByLabel('Street and number').inputValue()).toBe('Bergstraße 12');
    expect(await page.getByLabel('Save this address for next time').count()).toBe(0);

    await page.getByTestId('summary-shipping').filter({ hasText: '€4.90' }).waitFor();
    await page.getByText('Add €66.00 more for free shipping with this method.').waitFor();
    await page.getByTestId('summary-total').filter({ hasText: '€38.90' }).waitFor();
    await page.getByRole('button', { name: 'Place order (test mode)' }).click();

    await page.getByRole('heading', { name: /^Thank you for your order/, level: 1 }).waitFor();
    expect(await page.getByTestId('confirmation-total').textContent()).toBe('€38.90');
    await page.getByText('Shipping · Standard (3-5 days)').waitFor();
  });

  it('keeps the member’s addresses on the account page: add, make default, remove', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ana@riders.example');
    const book = page.getByRole('region', { name: 'Your addresses' });
    await book.locator('address').filter({ hasText: 'Bergstraße 12' }).waitFor();
    await book.getByText('Default', { exact: true }).waitFor();

    await book.getByRole('button', { name: 'Add an address' }).click();
    const form = page.getByRole('form', { name: 'New address' });
    await form.getByLabel('Country').selectOption('NL');
    await form.getByLabel('Postcode').fill('10115');
    await form.getByRole('button', { name: 'Add address' }).click();
    for (const message of ['Enter the recipient’s name', 'Enter the street and number', 'Enter a postcode like 1012 AB', 'Enter the city']) {
      await form.getByText(message).waitFor();
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    await expectNoSeriousViolations(page);
    await form.getByLabel('Full name').fill('Ana Rider');
    await form.getByLabel('Street and number').fill('Keizersgracht 1');
    await form.getByLabel('Postcode').fill('1015 cj');
    await form.getByLabel('City').fill('Amsterdam');
    await form.getByLabel('Make this my default address').check();
    await form.getByRole('button', { name: 'Add address' }).click();
    await page.getByText('Address added', { exact: true }).waitFor();
    const amsterdam = book.getByRole('listitem').filter({ hasText: 'Keizersgracht 1' });
    expect((await amsterdam.locator('address').innerText()).split('\n')).toEqual(['Ana Rider', 'Keizersgracht 1', '1015 CJ Amsterdam', 'Netherlands']);
    await amsterdam.getByText('Default', { exact: true }).waitFor();
    await screenshots(page, 'account-addresses');

    const berlin = book.getByRole('listitem').filter({ hasText: 'Bergstraße 12' });
    await berlin.getByRole('button', { name: /^Remove/ }).click();
    await page.getByRole('alertdialog', { name: 'Remove this address?' }).getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Address removed', { exact: true }).waitFor();
    await berlin.waitFor({ state: 'detached' });
    expect(await book.getByRole('listitem').count()).toBe(1);
  });
});
