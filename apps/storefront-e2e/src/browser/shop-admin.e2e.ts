import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

/**
 * The brand manager runs the shop from the storefront: changes stock by units, edits a product's
 * price (and shoppers see it), and changes a shipping rate (and checkout offers it). Errors from the
 * API appear next to the field at fault. Every page visited passes an axe scan.
 */
describe('running the shop as a brand manager', () => {
  const shop = useShopInBrowser();
  const newPage = () => shop.newPage();

  let manager: Page;

  it('adds and removes stock by units on the product’s edit page, and explains a refusal next to the field', async () => {
    manager = await newPage();
    await logIn(manager, 'manager@ridgeline.example');
    await openManagePage(manager, 'Products');
    await manager.getByRole('link', { name: 'Edit Gravel Wheelset 700c' }).click();
    const stock = manager.getByRole('table', { name: 'Stock of Gravel Wheelset 700c' });
    await stock.waitFor();
    await expectNoSeriousViolations(manager);

    const units = stock.getByLabel('Units to add or remove, Gravel Wheelset 700c, Standard');
    await units.fill('-100');
    await stock.getByRole('button', { name: 'Apply to Gravel Wheelset 700c, Standard' }).click();
    await stock.getByText('Only 8 in stock: taking away 100 would go below zero').waitFor();
    expect(await units.getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousViolations(manager);

    await units.fill('4');
    await stock.getByRole('button', { name: 'Apply to Gravel Wheelset 700c, Standard' }).click();
    await manager.getByRole('region', { name: /Notifications/ }).getByText('Gravel Wheelset 700c, Standard: 12 in stock', { exact: true }).waitFor();
    await stock.getByRole('cell', { name: '12', exact: true }).waitFor();
  });

  it('edits a product price, and the shop shows the new price', async () => {
    await manager.getByRole('heading', { name: 'Edit Gravel Wheelset 700c', level: 1 }).waitFor();
    await expectNoSeriousViolations(manager);

    const variant = manager.getByRole('form', { name: 'Variant Standard' });
    const price = variant.getByLabel('Price (EUR, tax included)');
    await price.fill('five hundred');
    await variant.getByRole('button', { name: 'Save Standard' }).click();
    await variant.getByText('Enter a price like 49.90').waitFor();

    // An error from the API (the SKU belongs to another product) shows next to its field.
    await price.fill('599.00');
    await variant.getByLabel('SKU').fill('RIDGELINE-CHAIN-12-1');
    await variant.getByRole('button', { name: 'Save Standard' }).click();
    await variant.getByText('The SKU RIDGELINE-CHAIN-12-1 is in use already').waitFor();
    expect(await variant.getByLabel('SKU').getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousViolations(manager);

    await variant.getByLabel('SKU').fill('RIDGELINE-WHEELSET-GRAVEL-1');
    await variant.getByRole('button', { name: 'Save Standard' }).click();
    await variant.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const details = manager.getByRole('form', { name: 'Product details' });
    await details.getByLabel('Description').fill('Tubeless-ready 25 mm rims on sealed-bearing hubs. Now lighter.');
    await details.getByRole('button', { name: 'Save details' }).click();
    await details.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await screenshot(manager, 'edit-product');

    const shopper = await newPage();
    await shopper.goto('/products/ridgeline-wheelset-gravel');
    await shopper.getByRole('heading', { name: 'Gravel Wheelset 700c', level: 1 }).waitFor();
    expect(await shopper.getByText('€599.00').count()).toBe(1);
    expect(await shopper.getByText('€649.00').count()).toBe(0);
    await shopper.getByText('Now lighter.').waitFor();
    await expectNoSeriousViolations(shopper);
  });

  it('changes a shipping rate in the shop settings, and checkout offers it', async () => {
    await openManagePage(manager, 'Shop settings');
    await manager.getByRole('heading', { name: 'Shop settings', level: 1 }).waitFor();
    await expectNoSeriousViolations(manager);

    const standard = manager.getByRole('form', { name: 'Shipping method Standard (3-5 days)' });
    await standard.getByLabel('Name').fill('');
    await standard.getByRole('button', { name: 'Save Standard (3-5 days)' }).click();
    const nameError = standard.getByRole('alert');
    await nameError.waitFor();
    expect(await standard.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousViolations(manager);

    await standard.getByLabel('Name').fill('Standard (3-5 days)');
    await standard.getByLabel('Price (EUR)').fill('5.90');
    await standard.getByRole('button', { name: 'Save Standard (3-5 days)' }).click();
    await standard.getByText('€5.90, free from €100.00').waitFor();

    const newCountry = manager.getByRole('form', { name: 'Ship to a new country' });
    await newCountry.getByLabel('Country code').fill('NO');
    await newCountry.getByLabel('Tax rate (%)').fill('25');
    await newCountry.getByRole('button', { name: 'Add country' }).click();
    await manager.getByRole('rowheader', { name: /Norway/ }).waitFor();
    await expectNoSeriousViolations(manager);
    await screenshot(manager, 'shop-settings');

    // Stopping shipping to a country asks first.
    await manager.getByRole('button', { name: /^Remove Norway/ }).click();
    const ask = manager.getByRole('alertdialog', { name: 'Stop shipping to Norway?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    await manager.getByRole('rowheader', { name: /Norway/ }).waitFor();

    const buyer = await newPage();
    await logIn(buyer, 'ben@riders.example');
    await buyer.goto('/products/ridgeline-chain-12');
    await buyer.getByRole('button', { name: 'Add to cart' }).click();
    await buyer.getByText('Added 12-speed Chain').waitFor();
    await buyer.goto('/checkout');
    await buyer.getByRole('heading', { name: 'Checkout' }).waitFor();
    await buyer.getByRole('radio', { name: /Standard \(3-5 days\): €5\.90/ }).waitFor();
    await expectNoSeriousViolations(buyer);
  });

  it('shows a yen product without decimals, and takes its price in whole yen', async () => {
    const yenManager = await newPage();
    await logIn(yenManager, 'manager@ridgeline.example');
    // Made through the API as the signed-in manager: the demo shop prices in euros only.
    const created = await yenManager.evaluate(async () => {
      async function graphql<T>(query: string, variables: object = {}): Promise<T> {
        const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
        return ((await response.json()) as { data: T }).data;
      }
      const { categories } = await graphql<{ categories: { id: string }[] }>('query { categories { id } }');
      const { createProduct } = await graphql<{ createProduct: { id: string; slug: string } }>(
        'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id slug } }',
        {
          input: {
            name: 'Kyoto Bell',
            description: 'A brass bell made in Kyoto.',
            categoryId: categories[0].id,
            currency: 'JPY',
            variants: [{ sku: 'KYOTO-BELL-1', name: 'Brass', priceMinor: 12800, stock: 5 }],
          },
        },
      );
      await graphql('mutation ($id: ID!) { setProductStatus(id: $id, status: PUBLISHED) { id } }', { id: createProduct.id });
      return createProduct;
    });

    const shopper = await newPage();
    await shopper.goto(`/products/${created.slug}`);
    await shopper.getByRole('heading', { name: 'Kyoto Bell', level: 1 }).waitFor();
    expect(await shopper.locator('.product-price-now').textContent()).toBe('¥12,800');
    await shopper.goto('/shop?q=kyoto');
    await shopper.getByText('Showing 1 product').waitFor();
    expect(await shopper.locator('.product-card .ui-price').textContent()).toBe('¥12,800');

    await yenManager.goto(`/manage/products/${created.slug}/edit`);
    const variant = yenManager.getByRole('form', { name: 'Variant Brass' });
    const price = variant.getByLabel('Price (JPY, tax included)');
    expect(await price.inputValue()).toBe('12800');
    await price.fill('13500.50');
    await variant.getByRole('button', { name: 'Save Brass' }).click();
    await variant.getByText('Enter a price like 4990').waitFor();
    await price.fill('13500');
    await variant.getByRole('button', { name: 'Save Brass' }).click();
    await variant.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await shopper.goto(`/products/${created.slug}`);
    await shopper.getByText('¥13,500').waitFor();
  });
});
