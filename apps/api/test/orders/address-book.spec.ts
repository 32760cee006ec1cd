import { MAX_SAVED_ADDRESSES } from '@flagship/orders';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { ADDRESS, CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

const FIELDS = `id name line1 line2 city postcode country isDefault`;
const LIST = `{ savedAddresses { ${FIELDS} } }`;
const ADD = `mutation($input: SavedAddressInput!) { addSavedAddress(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: SavedAddressInput!) { updateSavedAddress(id: $id, input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removeSavedAddress(id: $id) { ${FIELDS} } }`;
const SET_DEFAULT = `mutation($id: ID!) { setDefaultSavedAddress(id: $id) { ${FIELDS} } }`;

interface Saved {
  id: string;
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postcode: string;
  country: string;
  isDefault: boolean;
}

const HOME = { name: 'Ana Rider', line1: 'Bergstraße 12', city: 'Berlin', postcode: '10115', country: 'DE' };
const WORK = { name: 'Ana Rider', line1: 'Keizersgracht 1', line2: '3rd floor', city: 'Amsterdam', postcode: '1015 cj', country: 'nl' };

describe('address book', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const member = async () => (await createShoppers(env, 1, []))[0];
  const listOf = async (client: GraphQLTestClient) => (await client.data<{ savedAddresses: Saved[] }>(LIST)).savedAddresses;
  const add = async (client: GraphQLTestClient, input: Record<string, unknown>) => (await client.data<{ addSavedAddress: Saved }>(ADD, { input })).addSavedAddress;
  const street = (i: number) => ({ ...HOME, line1: `Bergstraße ${i}` });

  it('keeps addresses, normalised, the first as the default, and lists the default first, then the newest', async () => {
    const ana = await member();
    const home = await add(ana, HOME);
    expect(home).toMatchObject({ ...HOME, line2: null, isDefault: true });
    const work = await add(ana, WORK);
    expect(work).toMatchObject({ postcode: '1015 CJ', country: 'NL', line2: '3rd floor', isDefault: false });
    expect((await listOf(ana)).map((a) => a.id)).toEqual([home.id, work.id]);

    // The same address again is kept once.
    expect((await add(ana, { ...HOME, city: 'berlin' })).id).toBe(home.id);
    expect(await listOf(ana)).toHaveLength(2);
  });

  it('moves the default: on adding with isDefault, with setDefaultSavedAddress, and to the newest when the default is removed', async () => {
    const ana = await member();
    const home = await add(ana, HOME);
    const work = await add(ana, { ...WORK, isDefault: true });
    expect(work.isDefault).toBe(true);
    expect((await listOf(ana)).map((a) => [a.id, a.isDefault])).toEqual([
      [work.id, true],
      [home.id, false],
    ]);

    const { setDefaultSavedAddress } = await ana.data<{ setDefaultSavedAddress: Saved[] }>(SET_DEFAULT, { id: home.id });
    expect(setDefaultSavedAddress.map((a) => [a.id, a.isDefault])).toEqual([
      [home.id, true],
      [work.id, false],
    ]);

    const third = await add(ana, street(99));
    const { removeSavedAddress } = await ana.data<{ removeSavedAddress: Saved[] }>(REMOVE, { id: home.id });
    expect(removeSavedAddress.map((a) => [a.id, a.isDefault])).toEqual([
      [third.id, true],
      [work.id, false],
    ]);
  });

  it('updates an address with the same checks, and keeps the default where it is unless asked', async () => {
    const ana = await member();
    const home = await add(ana, HOME);
    const { updateSavedAddress } = await ana.data<{ updateSavedAddress: Saved }>(UPDATE, { id: home.id, input: { ...HOME, line1: 'Torstraße 1', isDefault: false } });
    expect(updateSavedAddress).toMatchObject({ line1: 'Torstraße 1', isDefault: true });
  });

  it.each([
    ['an empty recipient', { ...HOME, name: ' ' }, 'name'],
    ['an empty street', { ...HOME, line1: '' }, 'line1'],
    ['a postcode that does not fit the country', { ...HOME, postcode: '1234' }, 'postcode'],
    ['a country the shop does not ship to', { ...HOME, country: 'NO', postcode: '0150' }, 'country'],
    ['something that is no country', { ...HOME, country: 'Germany' }, 'country'],
  ])('refuses %s on its field, for adding and updating, and writes nothing', async (_case, input, field) => {
    const ana = await member();
    const home = await add(ana, HOME);
    expect(firstError(await ana.request(ADD, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(await ana.request(UPDATE, { id: home.id, input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await listOf(ana)).toEqual([home]);
  });

  it(`holds at most ${MAX_SAVED_ADDRESSES} addresses, also when many are added at once, with one default`, async () => {
    const ana = await member();
    const results = await Promise.all(Array.from({ length: MAX_SAVED_ADDRESSES + 3 }, (_, i) => ana.request(ADD, { input: street(i + 1) })));
    expect(results.filter((r) => !r.errors)).toHaveLength(MAX_SAVED_ADDRESSES);
    expect(results.filter((r) => r.errors).map((r) => firstError(r).code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    const book = await listOf(ana);
    expect(book).toHaveLength(MAX_SAVED_ADDRESSES);
    expect(book.filter((a) => a.isDefault)).toHaveLength(1);
  });

  it('is its owner’s alone: someone else’s address does not exist for another member or a brand manager', async () => {
    const ana = await member();
    const home = await add(ana, HOME);
    const ben = await member();
    for (const client of [ben, env.as.manager]) {
      expect(firstError(await client.request(UPDATE, { id: home.id, input: WORK }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(firstError(await client.request(REMOVE, { id: home.id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(firstError(await client.request(SET_DEFAULT, { id: home.id }))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await listOf(ben)).toEqual([]);
    expect(await listOf(ana)).toEqual([home]);
    expect(firstError(await env.visitor().request(LIST)).code).toBe('UNAUTHENTICATED');
  });

  it('tells the storefront how each shipping country’s postcodes look, as checkout and the address book check them', async () => {
    const { taxRates } = await env.visitor().data<{ taxRates: { country: string; postcodePattern: string; postcodeExample: string | null }[] }>(
      `{ taxRates { country postcodePattern postcodeExample } }`,
    );
    const de = taxRates.find((rate) => rate.country === 'DE')!;
    expect(de.postcodeExample).toBe('10115');
    expect(new RegExp(de.postcodePattern).test('10115')).toBe(true);
    expect(new RegExp(de.postcodePattern).test('1234')).toBe(false);
    const ana = await member();
    expect(firstError(await ana.request(ADD, { input: { ...HOME, postcode: '1234' } }))).toMatchObject({ field: 'postcode', message: 'Enter a postcode like 10115' });
  });

  describe('at checkout', () => {
    let shippingId: string;
    let chain: string;
    beforeAll(async () => {
      shippingId = await standardShippingId(env);
      chain = await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1');
    });

    it('saves the address with the order when asked, once however often it is used', async () => {
      const [buyer] = await createShoppers(env, 1, [{ variantId: chain, quantity: 1 }]);
      await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId, { saveAddress: true }) });
      expect(await listOf(buyer)).toMatchObject([{ ...ADDRESS, isDefault: true }]);

      await buyer.data(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: chain });
      await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId, { saveAddress: true }) });
      expect(await listOf(buyer)).toHaveLength(1);
    });

    it('leaves the address book alone by default', async () => {
      const [buyer] = await createShoppers(env, 1, [{ variantId: chain, quantity: 1 }]);
      await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });
      expect(await listOf(buyer)).toEqual([]);
    });

    it('refuses to place the order when a full address book cannot take the address, on `saveAddress`', async () => {
      const [buyer] = await createShoppers(env, 1, [{ variantId: chain, quantity: 1 }]);
      for (let i = 1; i <= MAX_SAVED_ADDRESSES; i++) await add(buyer, street(i + 100));
      const orders = await env.count('shop_order');
      expect(firstError(await buyer.request(CHECKOUT, { input: checkoutInput(shippingId, { saveAddress: true }) }))).toMatchObject({ code: 'CONFLICT', field: 'saveAddress' });
      expect(await env.count('shop_order')).toBe(orders);
      // Without saving it, the same order goes through.
      expect((await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout.order.status).toBe('PAID');
    });
  });
});
