import { firstError } from '@flagship/testing';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createVendor, listApproved } from '../support/marketplace-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const SET_RULE = `mutation($input: SetCommissionRuleInput!) { setCommissionRule(input: $input) { id vendorId categoryId bp floorMinor capMinor vendorName categoryName } }`;
const SETTINGS = `{ marketplaceSettings { defaultCommissionBp defaultCommissionFloorMinor defaultCommissionCapMinor resaleFeeBp bookingHoldMinutes cancellationNoticeHours reviewRevealDays claimWindowDays } }`;
const UPDATE = `mutation($input: UpdateMarketplaceSettingsInput!) { updateMarketplaceSettings(input: $input) { defaultCommissionBp defaultCommissionFloorMinor defaultCommissionCapMinor } }`;

describe('commission rules and marketplace settings (decision 0036)', () => {
  let env: TestEnvironment;
  let categories: { id: string; slug: string }[];
  beforeAll(async () => {
    env = await createTestEnvironment();
    categories = await env.dataSource.query(`SELECT id, slug FROM category ORDER BY position LIMIT 2`);
  });
  afterAll(() => env.close());

  async function commissionOf(variants: { variantId: string; quantity: number }[]): Promise<{ goods_minor: number; commission_minor: number; commission_bp: number }> {
    const [buyer] = await createShoppers(env, 1, variants);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    const [part] = await env.dataSource.query(`SELECT goods_minor::int, commission_minor::int, commission_bp FROM order_part WHERE order_id = $1 AND seller_kind = 'VENDOR'`, [checkout.order.id]);
    return part;
  }

  it('the most specific rule wins: vendor + category, then vendor, then category, then the default; a part over two categories sums each rule’s commission', async () => {
    const vendor = await createVendor(env);
    const [a, b] = categories;
    const { variantId: inA } = await listApproved(env, vendor, { priceMinor: 100_00, stock: 20, categorySlug: a.slug });
    const { variantId: inB } = await listApproved(env, vendor, { priceMinor: 200_00, stock: 20, categorySlug: b.slug });

    expect(await commissionOf([{ variantId: inA, quantity: 1 }])).toMatchObject({ commission_minor: 15_00, commission_bp: 1500 });
    const { setCommissionRule: categoryRule } = await env.as.manager.data<{ setCommissionRule: { id: string; categoryName: string } }>(SET_RULE, { input: { categoryId: a.id, bp: 1000 } });
    expect(categoryRule.categoryName).toBeTruthy();
    expect(await commissionOf([{ variantId: inA, quantity: 1 }])).toMatchObject({ commission_minor: 10_00 });
    await env.as.manager.data(SET_RULE, { input: { vendorId: vendor.sellerId, bp: 800, floorMinor: 9_00 } });
    expect(await commissionOf([{ variantId: inA, quantity: 1 }])).toMatchObject({ commission_minor: 9_00 }); // 8 % = 8.00, raised to the floor
    await env.as.manager.data(SET_RULE, { input: { vendorId: vendor.sellerId, categoryId: a.id, bp: 500, capMinor: 4_00 } });
    expect(await commissionOf([{ variantId: inA, quantity: 1 }])).toMatchObject({ commission_minor: 4_00, commission_bp: 500 }); // 5 % = 5.00, capped
    // Two categories: A under vendor + category (5 %, cap 4.00), B under the vendor's rule (8 % of 200 = 16.00).
    expect(await commissionOf([{ variantId: inA, quantity: 1 }, { variantId: inB, quantity: 1 }])).toMatchObject({ goods_minor: 300_00, commission_minor: 20_00, commission_bp: 667 });
    // Setting the same scope again replaces the rule.
    const { setCommissionRule } = await env.as.manager.data<{ setCommissionRule: { bp: number } }>(SET_RULE, { input: { vendorId: vendor.sellerId, bp: 700 } });
    expect(setCommissionRule.bp).toBe(700);
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM commission_rule WHERE vendor_id = $1 AND category_id IS NULL`, [vendor.sellerId]);
    expect(n).toBe(1);
    const { commissionRules } = await env.as.manager.data<{ commissionRules: { id: string; vendorId: string | null; categoryId: string | null }[] }>(`{ commissionRules { id vendorId categoryId } }`);
    expect(commissionRules[0]).toMatchObject({ vendorId: vendor.sellerId, categoryId: a.id });
    await env.as.manager.data(`mutation($id: ID!) { removeCommissionRule(id: $id) }`, { id: categoryRule.id });
    expect(firstError(await env.as.manager.request(`mutation($id: ID!) { removeCommissionRule(id: $id) }`, { id: categoryRule.id })).code).toBe('NOT_FOUND');
    // Brand items pay none, whatever the rules.
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect((await env.dataSource.query(`SELECT commission_minor::int FROM order_part WHERE order_id = $1`, [checkout.order.id]))[0].commission_minor).toBe(0);
  });

  it('refuses rules and settings out of range with the field at fault, and anyone but brand managers', async () => {
    expect(firstError(await env.as.manager.request(SET_RULE, { input: { bp: 100 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vendorId' });
    expect(firstError(await env.as.manager.request(SET_RULE, { input: { categoryId: categories[0].id, bp: 10_001 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bp' });
    expect(firstError(await env.as.manager.request(SET_RULE, { input: { categoryId: categories[0].id, bp: 100, floorMinor: 500, capMinor: 100 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capMinor',
    });
    expect(firstError(await env.as.manager.request(UPDATE, { input: { bookingHoldMinutes: 1 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bookingHoldMinutes' });
    expect(firstError(await env.as.manager.request(UPDATE, { input: { defaultCommissionBp: -1 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'defaultCommissionBp' });
    expect(firstError(await env.as.manager.request(UPDATE, { input: { defaultCommissionFloorMinor: 900, defaultCommissionCapMinor: 800 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'defaultCommissionCapMinor',
    });
    expect(await env.as.manager.data(UPDATE, { input: { defaultCommissionFloorMinor: 1_00, defaultCommissionCapMinor: null } })).toEqual({
      updateMarketplaceSettings: { defaultCommissionBp: 1500, defaultCommissionFloorMinor: 1_00, defaultCommissionCapMinor: null },
    });
    const { marketplaceSettings } = await env.as.manager.data<{ marketplaceSettings: Record<string, unknown> }>(SETTINGS);
    expect(marketplaceSettings).toMatchObject({ bookingHoldMinutes: 15, cancellationNoticeHours: 24, reviewRevealDays: 7, claimWindowDays: 2, defaultCommissionFloorMinor: 1_00 });
    await env.as.manager.data(UPDATE, { input: { defaultCommissionFloorMinor: null } });
    for (const client of [env.as.consumer, env.as.vendor]) {
      expect(firstError(await client.request(SETTINGS)).code).toBe('FORBIDDEN');
      expect(firstError(await client.request(`{ commissionRules { id } }`)).code).toBe('FORBIDDEN');
      expect(firstError(await client.request(SET_RULE, { input: { categoryId: categories[0].id, bp: 1 } })).code).toBe('FORBIDDEN');
    }
  });
});
