import { randomUUID } from 'node:crypto';
import { OrganisationService } from '@flagship/accounts';
import { OrganisationRole } from '@flagship/api-core';
import { OfferKind, SellerKind } from '@flagship/catalog';
import { ADULT_CONFIRMATION_MISSING, LedgerAccounts, LedgerService, LedgerTransactionKind, PayoutJob, PayoutReversalService, PayoutService } from '@flagship/marketplace';
import { firstError } from '@flagship/testing';
import { createAccount, createMemberSeller, createVendor, listApproved, type TestSeller } from '../support/marketplace-fixtures';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, type CheckoutData } from '../support/shop-fixtures';
import { DemoDataService } from '../../src/demo/demo-data.service';
import { DEMO_VENDORS } from '../../src/demo/ridgeline-cycles';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { PAYOUT_ACCOUNT, SELLER_BALANCE, SELLER_PAYOUTS, START_ONBOARDING, fulfil, partOf, refundPart, unbalancedTransactions } from './payouts-support';

/** Payouts with the offline test provider (decision 0041): recorded as test-mode entries, no network. */
describe('payouts in test mode (offline provider)', () => {
  let env: TestEnvironment;
  let vendor: TestSeller;
  let variantId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    vendor = await createVendor(env);
    ({ variantId } = await listApproved(env, vendor, { priceMinor: 45_00, stock: 20 }));
  });
  afterAll(() => env.close());

  const buy = async (variant: string) => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: variant, quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(checkout.order.status).toBe('PAID');
    return checkout.order.id;
  };

  it('enables a test-mode payout account at once, with no onboarding page, and records a fulfilled part’s payout as a test-mode entry', async () => {
    expect(await vendor.client.data(PAYOUT_ACCOUNT, { kind: 'VENDOR', id: vendor.sellerId })).toEqual({
      payoutAccount: { status: 'NOT_STARTED', provider: 'offline-test', testMode: true, payoutsEnabled: false },
    });
    expect(await vendor.client.data(START_ONBOARDING, { kind: 'VENDOR', id: vendor.sellerId })).toEqual({
      startPayoutOnboarding: { url: null, account: { status: 'ENABLED', testMode: true } },
    });
    const orderId = await buy(variantId);
    const part = await partOf(env, orderId, vendor.sellerId);
    await fulfil(env, part.id);

    await env.app.get(PayoutJob).run();

    const { sellerPayouts } = await vendor.client.data<{ sellerPayouts: unknown[] }>(SELLER_PAYOUTS, { kind: 'VENDOR', id: vendor.sellerId });
    expect(sellerPayouts).toEqual([
      expect.objectContaining({ orderPartId: part.id, status: 'SENT', provider: 'offline-test', testMode: true, providerTransferId: `test_tr_payout-${part.id}`, amount: { amountMinor: part.net_minor, currency: 'EUR' } }),
    ]);
    const [transaction] = await env.dataSource.query(`SELECT memo FROM ledger_transaction WHERE kind = $1 AND order_part_id = $2`, [LedgerTransactionKind.PAYOUT, part.id]);
    expect(transaction.memo).toMatch(/^Test-mode payout test_tr_/);
    expect((await env.app.get(LedgerService).balance(LedgerAccounts.payouts('offline-test'))).get('EUR')).toBeGreaterThanOrEqual(part.net_minor);
    expect(await vendor.client.data(SELLER_BALANCE, { kind: 'VENDOR', id: vendor.sellerId })).toEqual({
      sellerBalance: [{ currency: 'EUR', owed: { amountMinor: 0 }, held: { amountMinor: 0 }, paidOut: { amountMinor: part.net_minor } }],
    });
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'payout.sent' AND subject_id = $1`, [(sellerPayouts[0] as { id: string }).id]);
    expect(n).toBe(1);
    expect(await unbalancedTransactions(env)).toBe(0);
  });

  it('pays out only what the seller keeps when part of the part was refunded before the payout', async () => {
    const part = await partOf(env, await buy(variantId), vendor.sellerId);
    const sellerShare = await refundPart(env, part, SellerKind.VENDOR, vendor.sellerId, 10_00);
    await fulfil(env, part.id);

    expect(await env.app.get(PayoutService).payPart(part.id)).toBe('SENT');

    const [payout] = await env.dataSource.query(`SELECT amount_minor::int FROM payout WHERE order_part_id = $1`, [part.id]);
    expect(payout.amount_minor).toBe(part.net_minor - sellerShare);
    // Nothing to reverse: the payout never exceeded what the seller keeps.
    expect(await env.app.get(PayoutReversalService).duePayouts()).toEqual([]);
  });

  it('pays a member’s released used item only once they have confirmed they are adults, the reason recorded meanwhile', async () => {
    const member = await createMemberSeller(env);
    const { variantId: bike } = await listApproved(env, member, { kind: SellerKind.MEMBER, offerKind: OfferKind.USED, priceMinor: 300_00, stock: 1 });
    await member.client.data(START_ONBOARDING, { kind: 'MEMBER', id: member.sellerId });
    const part = await partOf(env, await buy(bike), member.sellerId);
    // Held until the claim window passes, then released by resale (simulated as its RELEASE posting).
    expect(await env.app.get(PayoutService).dueParts()).not.toContain(part.id);
    const seller = { kind: SellerKind.MEMBER, id: member.sellerId };
    await env.app.get(LedgerService).post({
      kind: LedgerTransactionKind.RELEASE,
      idempotencyKey: `release:${part.id}`,
      memo: 'Test release',
      currency: 'EUR',
      orderPartId: part.id,
      entries: [
        { account: LedgerAccounts.held(seller), amountMinor: -part.net_minor },
        { account: LedgerAccounts.seller(seller), amountMinor: part.net_minor },
      ],
    });
    await env.dataSource.query(`UPDATE order_part SET funds_status = 'RELEASED' WHERE id = $1`, [part.id]);

    expect(await env.app.get(PayoutService).payPart(part.id)).toBe('BLOCKED');
    const [blocked] = await env.dataSource.query(`SELECT status, blocked_reason FROM payout WHERE order_part_id = $1`, [part.id]);
    expect(blocked).toEqual({ status: 'BLOCKED', blocked_reason: ADULT_CONFIRMATION_MISSING });

    // Resale's table (its migration creates it on main); the member confirms.
    await env.dataSource.query(`CREATE TABLE IF NOT EXISTS seller_attestation (account_id uuid PRIMARY KEY, adult_confirmed_at timestamptz)`);
    await env.dataSource.query(`INSERT INTO seller_attestation (account_id, adult_confirmed_at) VALUES ($1, now()) ON CONFLICT (account_id) DO UPDATE SET adult_confirmed_at = now()`, [
      member.sellerId,
    ]);
    expect(await env.app.get(PayoutService).run()).toMatchObject({ SENT: 1 });
    expect(await member.client.data(SELLER_BALANCE, { kind: 'MEMBER', id: member.sellerId })).toEqual({
      sellerBalance: [{ currency: 'EUR', owed: { amountMinor: 0 }, held: { amountMinor: 0 }, paidOut: { amountMinor: part.net_minor } }],
    });
  });

  it('gives the demo vendors enabled test-mode payout accounts, once however often the demo is seeded', async () => {
    await env.app.get(DemoDataService).seed();
    const accounts = await env.dataSource.query(
      `SELECT o.name, a.provider, a.test_mode, a.transfers_enabled FROM payout_account a JOIN organisation o ON o.id = a.seller_id WHERE a.seller_kind = 'VENDOR' AND o.name = ANY($1) ORDER BY o.name`,
      [DEMO_VENDORS.map((vendor) => vendor.name)],
    );
    expect(accounts).toEqual(DEMO_VENDORS.map((vendor) => ({ name: vendor.name, provider: 'offline-test', test_mode: true, transfers_enabled: true })).sort((a, b) => a.name.localeCompare(b.name)));
    // The demo's own payouts (of the parts other demo seeders fulfilled) are test-mode entries, each part paid once.
    const [{ duplicates }] = await env.dataSource.query(`SELECT count(*)::int AS duplicates FROM (SELECT order_part_id FROM payout GROUP BY order_part_id HAVING count(*) > 1) d`);
    expect(duplicates).toBe(0);
  });

  describe('another vendor’s people, and other members, reach nothing of this seller’s payouts', () => {
    let other: TestSeller;
    let staff: Awaited<ReturnType<typeof createAccount>>;
    beforeAll(async () => {
      other = await createVendor(env);
      staff = await createAccount(env, 'staff', ['VENDOR']);
      await env.app.get(OrganisationService).setMember(null, vendor.sellerId, staff.accountId, OrganisationRole.STAFF);
    });

    it.each([
      ['payoutAccount', PAYOUT_ACCOUNT],
      ['sellerPayouts', SELLER_PAYOUTS],
      ['sellerBalance', SELLER_BALANCE],
      ['startPayoutOnboarding', START_ONBOARDING],
    ])('%s: refused to another vendor’s owner as NOT_FOUND', async (_field, document) => {
      expect(firstError(await other.client.request(document, { kind: 'VENDOR', id: vendor.sellerId })).code).toBe('NOT_FOUND');
    });

    it('lets the vendor’s staff read its payouts but not connect its bank account', async () => {
      expect(await staff.client.data(PAYOUT_ACCOUNT, { kind: 'VENDOR', id: vendor.sellerId })).toMatchObject({ payoutAccount: { status: 'ENABLED' } });
      expect(firstError(await staff.client.request(START_ONBOARDING, { kind: 'VENDOR', id: vendor.sellerId })).code).toBe('NOT_FOUND');
    });

    it('refuses a member another member’s payouts, and nobody may ask for the brand’s', async () => {
      const member = await createMemberSeller(env);
      const someone = await createMemberSeller(env);
      expect(firstError(await someone.client.request(SELLER_BALANCE, { kind: 'MEMBER', id: member.sellerId })).code).toBe('NOT_FOUND');
      expect(firstError(await someone.client.request(START_ONBOARDING, { kind: 'MEMBER', id: member.sellerId })).code).toBe('NOT_FOUND');
      expect(firstError(await vendor.client.request(SELLER_BALANCE, { kind: 'BRAND', id: randomUUID() })).code).toBe('BAD_USER_INPUT');
    });
  });
});
