import { SellerKind } from '@flagship/catalog';
import { LedgerAccounts, LedgerService } from '@flagship/marketplace';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createVendor, listApproved } from '../support/marketplace-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('a mixed order split per seller (decision 0036)', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('one payment, one part per seller: the parts sum to the total, commission fixed, every sale booked and balanced', async () => {
    const vendor = await createVendor(env);
    const { variantId: vendorVariant } = await listApproved(env, vendor, { priceMinor: 49_99, stock: 5 });
    const [buyer] = await createShoppers(env, 1, [
      { variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 },
      { variantId: vendorVariant, quantity: 2 },
    ]);

    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(checkout.order.status).toBe('PAID');

    const parts = await env.dataSource.query(
      `SELECT seller_kind, seller_id, status, goods_minor::int, gross_minor::int, commission_minor::int, net_minor::int FROM order_part WHERE order_id = $1 ORDER BY seller_kind`,
      [checkout.order.id],
    );
    expect(parts.map((p: { seller_kind: string }) => p.seller_kind)).toEqual([SellerKind.BRAND, SellerKind.VENDOR]);
    expect(parts.reduce((sum: number, p: { gross_minor: number }) => sum + p.gross_minor, 0)).toBe(checkout.order.total.amountMinor);
    const [brand, vendorPart] = parts;
    expect(brand).toMatchObject({ status: 'PAID', goods_minor: 34_00, commission_minor: 0 });
    // 15 % default commission on the vendor's goods (2 × 49.99), rounded half up.
    expect(vendorPart).toMatchObject({ status: 'PAID', seller_id: vendor.sellerId, goods_minor: 99_98, commission_minor: 15_00 });
    expect(vendorPart.net_minor).toBe(vendorPart.gross_minor - 15_00);

    const ledger = env.app.get(LedgerService);
    const balances = await ledger.balances([LedgerAccounts.seller({ kind: SellerKind.VENDOR, id: vendor.sellerId }), LedgerAccounts.commission], 'EUR');
    expect(balances.get(LedgerAccounts.seller({ kind: SellerKind.VENDOR, id: vendor.sellerId }))).toBe(vendorPart.net_minor);
    const [{ unbalanced }] = await env.dataSource.query(
      `SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0) t`,
    );
    expect(unbalanced).toBe(0);
  });

  it('refuses to store an unbalanced ledger transaction, whoever writes it', async () => {
    const [{ id }] = await env.dataSource.query(`INSERT INTO ledger_transaction (kind, idempotency_key, memo) VALUES ('SALE', gen_random_uuid()::text, 'broken') RETURNING id`);
    await expect(env.dataSource.query(`INSERT INTO ledger_entry (transaction_id, account, amount_minor, currency) VALUES ($1, 'platform:clearing', -100, 'EUR')`, [id])).rejects.toThrow(
      /does not balance/,
    );
    await expect(env.dataSource.query(`UPDATE ledger_entry SET amount_minor = amount_minor + 1 WHERE id = (SELECT min(id) FROM ledger_entry)`)).rejects.toThrow(/never changed/);
  });
});
