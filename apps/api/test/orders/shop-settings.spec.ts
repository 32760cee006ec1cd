import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const CREATE = `mutation($input: ShippingMethodInput!) { createShippingMethod(input: $input) { id name active price { amountMinor currency } freeAbove { amountMinor } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateShippingMethodInput!) { updateShippingMethod(id: $id, input: $input) { id name active price { amountMinor } freeAbove { amountMinor } } }`;
const OFFERED = `{ shippingMethods { name price { amountMinor } freeAbove { amountMinor } } }`;
const SET_RATE = `mutation($country: String!, $rateBp: Int!) { setTaxRate(country: $country, rateBp: $rateBp) { country rateBp } }`;
const REMOVE_RATE = `mutation($country: String!) { removeTaxRate(country: $country) }`;
const SETTINGS = `mutation($input: ShopSettingsInput!) { updateShopSettings(input: $input) { pricesIncludeTax reservationMinutes } }`;

type Method = { id: string; name: string; active: boolean; price: { amountMinor: number }; freeAbove: { amountMinor: number } | null };

/** What the brand manager's "Shop settings" page uses: shipping methods, tax rates, tax display. */
describe('shop settings', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const offered = async () => (await env.visitor().data<{ shippingMethods: { name: string }[] }>(OFFERED)).shippingMethods.map((m) => m.name);

  it('creates a flat-rate method, makes it free above an amount, then flat again, and deactivates it', async () => {
    const { createShippingMethod } = await env.as.manager.data<{ createShippingMethod: Method }>(CREATE, {
      input: { name: 'Cargo bike courier', priceMinor: 9_50, currency: 'EUR', position: 5 },
    });
    expect(createShippingMethod).toMatchObject({ name: 'Cargo bike courier', active: true, price: { amountMinor: 9_50, currency: 'EUR' }, freeAbove: null });
    expect(await offered()).toContain('Cargo bike courier');

    const id = createShippingMethod.id;
    const free = await env.as.manager.data<{ updateShippingMethod: Method }>(UPDATE, { id, input: { priceMinor: 7_00, freeAboveMinor: 150_00 } });
    expect(free.updateShippingMethod).toMatchObject({ price: { amountMinor: 7_00 }, freeAbove: { amountMinor: 150_00 } });
    const flat = await env.as.manager.data<{ updateShippingMethod: Method }>(UPDATE, { id, input: { freeAboveMinor: null } });
    expect(flat.updateShippingMethod).toMatchObject({ price: { amountMinor: 7_00 }, freeAbove: null });

    await env.as.manager.data(UPDATE, { id, input: { active: false } });
    expect(await offered()).not.toContain('Cargo bike courier');
    const { manageShippingMethods } = await env.as.manager.data<{ manageShippingMethods: Method[] }>(`{ manageShippingMethods { name active } }`);
    expect(manageShippingMethods).toContainEqual({ name: 'Cargo bike courier', active: false });
  });

  it.each([
    ['an empty name', CREATE, { input: { name: ' ', priceMinor: 100, currency: 'EUR' } }, 'BAD_USER_INPUT', 'name'],
    ['a negative price', CREATE, { input: { name: 'X', priceMinor: -1, currency: 'EUR' } }, 'BAD_USER_INPUT', 'priceMinor'],
    ['a negative free-above amount', CREATE, { input: { name: 'X', priceMinor: 1, freeAboveMinor: -5, currency: 'EUR' } }, 'BAD_USER_INPUT', 'freeAboveMinor'],
    ['an unknown currency', CREATE, { input: { name: 'X', priceMinor: 1, currency: 'XYZ' } }, 'BAD_USER_INPUT', 'currency'],
    ['an emptied name', UPDATE, { input: { name: null } }, 'BAD_USER_INPUT', 'name'],
    ['an emptied price', UPDATE, { input: { priceMinor: null } }, 'BAD_USER_INPUT', 'priceMinor'],
    ['an unknown method', UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'Y' } }, 'NOT_FOUND', undefined],
  ])('refuses %s, writing nothing', async (_case, mutation, variables, code, field) => {
    const [{ id }] = await env.dataSource.query(`SELECT id FROM shipping_method ORDER BY position LIMIT 1`);
    const before = await env.dataSource.query(`SELECT * FROM shipping_method ORDER BY id`);
    expect(firstError(await env.as.manager.request(mutation, { id, ...variables }))).toMatchObject({ code, field });
    expect(await env.dataSource.query(`SELECT * FROM shipping_method ORDER BY id`)).toEqual(before);
  });

  it('sets, changes and removes the tax rate of a country the shop ships to', async () => {
    expect(await env.as.manager.data(SET_RATE, { country: 'no', rateBp: 2500 })).toEqual({ setTaxRate: { country: 'NO', rateBp: 2500 } });
    await env.as.manager.data(SET_RATE, { country: 'NO', rateBp: 1500 });
    const rates = async () => (await env.visitor().data<{ taxRates: { country: string; rateBp: number }[] }>(`{ taxRates { country rateBp } }`)).taxRates;
    expect(await rates()).toContainEqual({ country: 'NO', rateBp: 1500 });

    expect(await env.as.manager.data(REMOVE_RATE, { country: 'NO' })).toEqual({ removeTaxRate: true });
    expect((await rates()).map((r) => r.country)).not.toContain('NO');
    expect(firstError(await env.as.manager.request(REMOVE_RATE, { country: 'NO' }))).toMatchObject({ code: 'NOT_FOUND', field: 'country' });
  });

  it.each([
    [{ country: 'Germany', rateBp: 1900 }, 'country'],
    [{ country: 'DE', rateBp: -1 }, 'rateBp'],
    [{ country: 'DE', rateBp: 10_001 }, 'rateBp'],
  ])('refuses the tax rate %j', async (variables, field) => {
    expect(firstError(await env.as.manager.request(SET_RATE, variables))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('switches catalog prices between tax-inclusive and tax-exclusive', async () => {
    expect(await env.as.manager.data(SETTINGS, { input: { pricesIncludeTax: false } })).toEqual({ updateShopSettings: { pricesIncludeTax: false, reservationMinutes: 30 } });
    expect(await env.visitor().data(`{ shopSettings { pricesIncludeTax } }`)).toEqual({ shopSettings: { pricesIncludeTax: false } });
    expect(firstError(await env.as.manager.request(SETTINGS, { input: { reservationMinutes: 2 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reservationMinutes' });
    await env.as.manager.data(SETTINGS, { input: { pricesIncludeTax: true } });
  });

  it('is for brand managers only', async () => {
    expect(firstError(await env.as.consumer.request(SET_RATE, { country: 'DE', rateBp: 0 })).code).toBe('FORBIDDEN');
    expect(firstError(await env.as.vendor.request(REMOVE_RATE, { country: 'DE' })).code).toBe('FORBIDDEN');
    expect(firstError(await env.visitor().request(CREATE, { input: { name: 'X', priceMinor: 1, currency: 'EUR' } })).code).toBe('UNAUTHENTICATED');
    expect(firstError(await env.as.consumer.request(`{ manageShippingMethods { id } }`)).code).toBe('FORBIDDEN');
  });
});
