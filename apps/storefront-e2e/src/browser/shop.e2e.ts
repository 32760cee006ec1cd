import type { Page } from 'playwright-core';
import { expectNoSeriousViolations, tabTo } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, mainNav, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

/**
 * The brand shop as a new user meets it: browse, filter, add two items, sign up, check out in test
 * mode and see the order; a brand manager fulfils it and the buyer sees that. Every page visited
 * passes an axe scan, and checkout works with the keyboard alone.
 */
describe('the brand shop', () => {
  const shop = useShopInBrowser();
  const newPage = () => shop.newPage();
  const nav = mainNav;

  let orderUrl = '';
  let buyerPage: Page;

  it('takes a new visitor from browsing to a paid order', async () => {
    const page = (buyerPage = await newPage());
    await page.goto('/shop');
    await page.getByText('Showing 12 products').waitFor();
    await expectNoSeriousViolations(page);

    await page.getByLabel('Department').selectOption('tools');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Showing 4 products').waitFor();
    await page.getByRole('link', { name: 'Trailside Multi-tool' }).click();
    await page.getByRole('heading', { name: 'Trailside Multi-tool', level: 1 }).waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText('Added Trailside Multi-tool').waitFor();

    await page.goto('/shop?q=chain');
    await page.getByRole('link', { name: '12-speed Chain' }).click();
    await page.getByLabel('Quantity').fill('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText('Added 12-speed Chain').waitFor();

    // "Add to cart" opened the cart drawer, with a way to the cart page.
    await page.getByRole('dialog', { name: 'Your cart' }).getByRole('link', { name: 'View cart' }).click();
    await page.getByText('Subtotal').waitFor();
    expect(await page.getByText('€112.00').count()).toBe(1);
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: 'Sign up to check out' }).click();
    await expectNoSeriousViolations(page);
    await page.getByLabel('Display name').fill('Eva Explorer');
    await page.getByLabel('Email').fill('eva@riders.example');
    await page.getByLabel('Password').fill('gravel-and-coffee');
    await page.getByRole('button', { name: 'Sign up' }).click();

    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    expect(await page.getByRole('note').textContent()).toContain('Test mode');
    await expectNoSeriousViolations(page);
    await page.getByLabel('Full name').fill('Eva Explorer');
    await page.getByLabel('Street and number').fill('Kastanienallee 5');
    await page.getByLabel('Postcode').fill('123');
    await page.getByLabel('City').fill('Berlin');
    await page.getByRole('button', { name: 'Place order (test mode)' }).click();
    await page.getByText('Enter a postcode like 10115').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByLabel('Postcode').fill('10435');
    await page.getByRole('button', { name: 'Place order (test mode)' }).click();

    await page.getByRole('heading', { name: /^Thank you for your order/ }).waitFor();
    await page.getByRole('link', { name: 'View the order' }).click();
    await page.getByTestId('order-status').waitFor();
    expect(await page.getByTestId('order-status').textContent()).toBe('Paid');
    expect(await page.getByText('€112.00').count()).toBeGreaterThan(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'order-paid');
    orderUrl = new URL(page.url()).pathname;

    await nav(page).getByRole('link', { name: 'My orders' }).click();
    await page.getByRole('table').waitFor();
    await expectNoSeriousViolations(page);
  });

  it('lets the brand manager fulfil and partly refund the order, each after confirming, and the buyer sees it', async () => {
    const manager = await newPage();
    await logIn(manager, 'manager@ridgeline.example');
    await openManagePage(manager, 'Orders');
    await manager.getByRole('table').waitFor();
    await expectNoSeriousViolations(manager);
    await manager.getByRole('link', { name: /^Order / }).first().click();
    await manager.getByRole('button', { name: 'Mark fulfilled' }).click();
    await manager.getByRole('alertdialog').getByRole('button', { name: 'Mark fulfilled' }).click();
    await manager.getByTestId('order-status').filter({ hasText: 'Fulfilled' }).waitFor();
    await expectNoSeriousViolations(manager);
    const managerOrderUrl = new URL(manager.url()).pathname;

    const buyer = buyerPage;
    await buyer.goto(orderUrl);
    await buyer.getByTestId('order-status').filter({ hasText: 'Fulfilled' }).waitFor();

    // A partial refund: a wrong amount is explained next to the field, a right one is confirmed, then refunded.
    await manager.goto(managerOrderUrl);
    const partialRefund = manager.getByRole('form', { name: 'Refund part of this order' });
    await partialRefund.getByLabel(/Amount to refund/).fill('lots');
    await partialRefund.getByRole('button', { name: 'Refund amount' }).click();
    await partialRefund.getByRole('alert').filter({ hasText: 'Enter an amount such as 12.50' }).waitFor();
    await partialRefund.getByLabel(/Amount to refund/).fill('5.00');
    await partialRefund.getByRole('button', { name: 'Refund amount' }).click();
    await manager.getByRole('alertdialog').getByRole('button', { name: 'Refund €5.00' }).click();
    await manager.getByTestId('order-status').filter({ hasText: 'Partly refunded' }).waitFor();
    await expectNoSeriousViolations(manager);
    await buyer.reload();
    await buyer.getByTestId('order-status').filter({ hasText: 'Partly refunded' }).waitFor();
  });

  it('checks out with the keyboard alone', async () => {
    const page = await newPage();
    await logIn(page, 'ben@riders.example');
    await page.goto('/products/ridgeline-torque-wrench');
    await page.getByRole('heading', { name: 'Torque Wrench 2-20 Nm', level: 1 }).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Add to cart' }));
    await page.keyboard.press('Enter');
    await page.getByText('Added Torque Wrench').waitFor();
    // The cart drawer opened with focus in it.
    await tabTo(page, page.getByRole('link', { name: 'View cart' }));
    await page.keyboard.press('Enter');
    await page.getByText('Subtotal').waitFor();
    await tabTo(page, page.getByRole('link', { name: 'Checkout' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();

    for (const [label, text] of [
      ['Full name', 'Ben Climber'],
      ['Street and number', 'Alpenweg 3'],
      ['Postcode', '80331'],
      ['City', 'München'],
    ] as const) {
      await tabTo(page, page.getByLabel(label));
      await page.keyboard.type(text);
    }
    await tabTo(page, page.getByRole('radio', { name: /Standard/ }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /Express/ }).isChecked()).toBe(true);
    // 89.00 + express 14.90, shown before placing.
    await page.getByTestId('summary-total').filter({ hasText: '€103.90' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Place order (test mode)' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: /^Thank you for your order/ }).waitFor();
    expect(await page.getByTestId('confirmation-total').textContent()).toBe('€103.90');
    await page.getByText('Paid', { exact: true }).waitFor();
  });
});
