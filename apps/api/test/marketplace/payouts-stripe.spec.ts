import { SellerKind } from '@flagship/catalog';
import { LedgerAccounts, LedgerService, OrderPartRefundService, PayoutReversalService, PayoutService } from '@flagship/marketplace';
import { createVendor, listApproved, type TestSeller } from '../support/marketplace-fixtures';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, type CheckoutData } from '../support/shop-fixtures';
import { StripeStandIn, deliverStripeEvent, stripeSettingsFor } from '../support/stripe-stand-in';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { PAYOUT_ACCOUNT, SELLER_BALANCE, SELLER_PAYOUTS, START_ONBOARDING, fulfil, partOf, refundPart, unbalancedTransactions } from './payouts-support';

/**
 * Stripe Connect payouts as decision 0041 says, against the local Stripe stand-in with the SDK's own
 * webhook signing: separate charges and transfers, one transfer per fulfilled part, from the order's
 * charge, reversed in proportion after refunds.
 */
describe('payouts through Stripe Connect (decision 0041)', () => {
  let env: TestEnvironment;
  let stripe: StripeStandIn;
  let vendor: TestSeller;
  let variantId: string;
  let accountId: string;

  beforeAll(async () => {
    stripe = await new StripeStandIn().start();
    env = await createTestEnvironment({ stripe: stripeSettingsFor(stripe) });
    vendor = await createVendor(env);
    ({ variantId } = await listApproved(env, vendor, { priceMinor: 80_00, stock: 50 }));
  });
  afterAll(async () => {
    await env.close();
    await stripe.stop();
  });

  const seller = () => ({ kind: SellerKind.VENDOR, id: vendor.sellerId });
  const payouts = () => env.app.get(PayoutService);

  /** A buyer's Stripe order of the vendor's product, paid through the webhook with its charge. */
  async function paidOrder(quantity = 1) {
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    const [{ provider_payment_id: intentId }] = await env.dataSource.query(`SELECT provider_payment_id FROM payment WHERE order_id = $1`, [checkout.order.id]);
    const paid = stripe.succeed(intentId);
    expect((await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', paid)).status).toBe(200);
    return { orderId: checkout.order.id, intentId, chargeId: paid.latest_charge! };
  }

  it('onboards the vendor through an Express account and an account link, and follows account.updated once however often it comes', async () => {
    const started = await vendor.client.data<{ startPayoutOnboarding: { url: string; account: { status: string; testMode: boolean } } }>(START_ONBOARDING, {
      kind: 'VENDOR',
      id: vendor.sellerId,
    });

    expect(started.startPayoutOnboarding).toEqual({ url: expect.stringMatching(/^https:\/\/connect\.stripe\.com\/setup\//), account: { status: 'ONBOARDING', testMode: true } });
    const created = stripe.requests.find((r) => r.path === '/v1/accounts')!;
    expect(created.body.get('type')).toBe('express');
    expect(created.body.get('capabilities[transfers][requested]')).toBe('true');
    expect(created.body.get('metadata[reference]')).toBe(`VENDOR:${vendor.sellerId}`);
    const link = stripe.requests.find((r) => r.path === '/v1/account_links')!;
    expect(link.body.get('type')).toBe('account_onboarding');
    expect(link.body.get('return_url')).toMatch(/\/vendor\/payouts\?onboarding=return$/);
    expect(link.body.get('refresh_url')).toMatch(/\/vendor\/payouts\?onboarding=refresh$/);
    accountId = [...stripe.accounts.keys()][0];

    // Stripe reports the finished onboarding to the Connect endpoint; it may deliver it twice.
    const event = { id: `evt_account_${accountId}`, account: accountId };
    const account = stripe.completeOnboarding(accountId);
    const first = await deliverStripeEvent(env.baseUrl, 'account.updated', account, event);
    // A later change (Stripe restricts the account) must not be overwritten by the replay of the first event.
    await env.dataSource.query(`UPDATE payout_account SET transfers_enabled = false WHERE provider_account_id = $1`, [accountId]);
    const second = await deliverStripeEvent(env.baseUrl, 'account.updated', account, event);

    expect(first).toEqual({ status: 200, body: { received: true } });
    expect(second).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await vendor.client.data(PAYOUT_ACCOUNT, { kind: 'VENDOR', id: vendor.sellerId })).toEqual({
      payoutAccount: { status: 'RESTRICTED', provider: 'stripe', testMode: true, payoutsEnabled: true },
    });
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'payment.connected_account_updated' AND subject_id = $1`, [accountId]);
    expect(n).toBe(1);
    // A fresh report (another event) enables it again.
    await deliverStripeEvent(env.baseUrl, 'account.updated', account, { account: accountId });
    expect(await vendor.client.data(PAYOUT_ACCOUNT, { kind: 'VENDOR', id: vendor.sellerId })).toMatchObject({ payoutAccount: { status: 'ENABLED' } });
  });

  it('refuses a Connect event with a bad signature, and one signed with the payments endpoint’s secret', async () => {
    const account = stripe.completeOnboarding(accountId);
    expect((await deliverStripeEvent(env.baseUrl, 'account.updated', account, { account: accountId, secret: 'whsec_wrong' })).status).toBe(400);
    expect((await deliverStripeEvent(env.baseUrl, 'account.updated', account, { account: accountId, secret: 'whsec_flagship_test' })).status).toBe(400);
  });

  it('creates the PaymentIntent in the order’s transfer group and remembers its charge', async () => {
    const { orderId, chargeId } = await paidOrder();

    const created = stripe.requests.filter((r) => r.path === '/v1/payment_intents').at(-1)!;
    expect(created.body.get('transfer_group')).toBe(orderId);
    const [payment] = await env.dataSource.query(`SELECT status, provider_charge_id FROM payment WHERE order_id = $1`, [orderId]);
    expect(payment).toEqual({ status: 'SUCCEEDED', provider_charge_id: chargeId });
  });

  it('sends a fulfilled part’s net to the vendor’s connected account from the order’s charge, once; a refund reverses it in proportion', async () => {
    const { orderId, chargeId } = await paidOrder(2);
    const part = await partOf(env, orderId, vendor.sellerId);
    // Paid but not fulfilled: nothing is due yet.
    expect(await payouts().dueParts()).not.toContain(part.id);
    await fulfil(env, part.id);
    const ledger = env.app.get(LedgerService);
    const accounts = [LedgerAccounts.seller(seller()), LedgerAccounts.payouts('stripe')];
    const before = await ledger.balances(accounts, 'EUR');
    const { sellerBalance: [balanceBefore] } = await vendor.client.data<{ sellerBalance: { paidOut: { amountMinor: number } }[] }>(SELLER_BALANCE, { kind: 'VENDOR', id: vendor.sellerId });
    const change = async () => {
      const now = await ledger.balances(accounts, 'EUR');
      return accounts.map((account) => now.get(account)! - before.get(account)!);
    };

    expect(await payouts().run()).toMatchObject({ SENT: 1 });
    expect(await payouts().run()).toMatchObject({ SENT: 0 });

    const transfers = stripe.requests.filter((r) => r.path === '/v1/transfers');
    expect(transfers).toHaveLength(1);
    expect(transfers[0].idempotencyKey).toBe(`payout-${part.id}`);
    expect(Object.fromEntries(['amount', 'currency', 'destination', 'transfer_group', 'source_transaction', 'metadata[orderPartId]'].map((k) => [k, transfers[0].body.get(k)]))).toEqual({
      amount: String(part.net_minor),
      currency: 'eur',
      destination: accountId,
      transfer_group: orderId,
      source_transaction: chargeId,
      'metadata[orderPartId]': part.id,
    });
    // The seller account pays the net out to Stripe's payouts account.
    expect(await change()).toEqual([-part.net_minor, part.net_minor]);
    const { sellerPayouts } = await vendor.client.data<{ sellerPayouts: { status: string; providerTransferId: string; amount: { amountMinor: number } }[] }>(SELLER_PAYOUTS, {
      kind: 'VENDOR',
      id: vendor.sellerId,
    });
    const transferId = [...stripe.transfers.keys()][0];
    expect(sellerPayouts[0]).toMatchObject({ status: 'SENT', providerTransferId: transferId, amount: { amountMinor: part.net_minor } });

    // A third of the part is refunded after the payout: the seller's share of it comes back from the connected account.
    const sellerShare = await refundPart(env, part, SellerKind.VENDOR, vendor.sellerId, Math.floor(part.gross_minor / 3));
    expect(await env.app.get(PayoutReversalService).run()).toMatchObject({ reversed: 1 });
    expect(await env.app.get(PayoutReversalService).run()).toMatchObject({ reversed: 0 });

    const reversal = stripe.requests.find((r) => r.path === `/v1/transfers/${transferId}/reversals`)!;
    expect(reversal.body.get('amount')).toBe(String(sellerShare));
    expect(stripe.transfers.get(transferId)!.amount_reversed).toBe(sellerShare);
    // The refund took the share from the seller account, the reversal brought it back from Stripe's.
    expect(await change()).toEqual([-part.net_minor, part.net_minor - sellerShare]);
    const { sellerBalance } = await vendor.client.data<{ sellerBalance: { currency: string; paidOut: { amountMinor: number } }[] }>(SELLER_BALANCE, { kind: 'VENDOR', id: vendor.sellerId });
    expect(sellerBalance).toEqual([expect.objectContaining({ currency: 'EUR', paidOut: { amountMinor: balanceBefore.paidOut.amountMinor + part.net_minor - sellerShare } })]);

    // Stripe then reports the reversal (twice): it is ours, already counted; nothing changes.
    const reported = structuredClone(stripe.transfers.get(transferId)!);
    const event = { id: `evt_reversed_${transferId}` };
    expect((await deliverStripeEvent(env.baseUrl, 'transfer.reversed', reported, event)).body).toEqual({ received: true });
    expect((await deliverStripeEvent(env.baseUrl, 'transfer.reversed', reported, event)).body).toEqual({ received: true, duplicate: true });
    expect(await change()).toEqual([-part.net_minor, part.net_minor - sellerShare]);
    const [payout] = await env.dataSource.query(`SELECT status, reversed_minor::int FROM payout WHERE order_part_id = $1`, [part.id]);
    expect(payout).toEqual({ status: 'REVERSED', reversed_minor: sellerShare });
    expect(await unbalancedTransactions(env)).toBe(0);
  });

  it('asks Stripe for the charge when the success report did not carry it', async () => {
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    const orderId = checkout.order.id;
    const [{ provider_payment_id: intentId }] = await env.dataSource.query(`SELECT provider_payment_id FROM payment WHERE order_id = $1`, [orderId]);
    const { latest_charge: chargeId, ...withoutCharge } = stripe.succeed(intentId);
    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', withoutCharge);
    const part = await partOf(env, orderId, vendor.sellerId);
    await fulfil(env, part.id);

    expect(await payouts().payPart(part.id)).toBe('SENT');

    expect(stripe.requests.some((r) => r.method === 'GET' && r.path === `/v1/payment_intents/${intentId}`)).toBe(true);
    expect(stripe.requests.filter((r) => r.path === '/v1/transfers').at(-1)!.body.get('source_transaction')).toBe(chargeId);
    expect((await env.dataSource.query(`SELECT provider_charge_id FROM payment WHERE order_id = $1`, [orderId]))[0].provider_charge_id).toBe(chargeId);
  });

  it('records a reversal made in Stripe’s dashboard from transfer.reversed, once', async () => {
    const { orderId } = await paidOrder();
    const part = await partOf(env, orderId, vendor.sellerId);
    await fulfil(env, part.id);
    await payouts().payPart(part.id);
    const [{ provider_transfer_id: transferId }] = await env.dataSource.query(`SELECT provider_transfer_id FROM payout WHERE order_part_id = $1`, [part.id]);
    // Someone reverses 5.00 by hand at Stripe (the stand-in's API, as the dashboard would).
    const transfer = stripe.transfers.get(transferId)!;
    transfer.amount_reversed = 500;
    transfer.reversals.data.push({ id: 'trr_dashboard_1', object: 'transfer_reversal', amount: 500, currency: 'eur', transfer: transferId, metadata: {} });

    await deliverStripeEvent(env.baseUrl, 'transfer.reversed', transfer);
    await deliverStripeEvent(env.baseUrl, 'transfer.reversed', transfer);

    const [payout] = await env.dataSource.query(`SELECT status, reversed_minor::int FROM payout WHERE order_part_id = $1`, [part.id]);
    expect(payout).toEqual({ status: 'REVERSED', reversed_minor: 500 });
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM ledger_transaction WHERE kind = 'PAYOUT_REVERSAL' AND order_part_id = $1`, [part.id]);
    expect(n).toBe(1);
  });

  it('asks again with the same key when Stripe does not answer, and marks a transfer Stripe refuses FAILED', async () => {
    const { orderId } = await paidOrder();
    const part = await partOf(env, orderId, vendor.sellerId);
    await fulfil(env, part.id);
    stripe.failures.set('/v1/transfers', { status: 500, type: 'api_error', message: 'Stripe is having a bad day' });
    try {
      expect(await payouts().payPart(part.id)).toBe('PENDING');
    } finally {
      stripe.failures.delete('/v1/transfers');
    }
    expect(await payouts().payPart(part.id)).toBe('SENT');
    const sent = stripe.requests.filter((r) => r.path === '/v1/transfers' && r.body.get('metadata[orderPartId]') === part.id);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(new Set(sent.map((r) => r.idempotencyKey))).toEqual(new Set([`payout-${part.id}`]));
    expect([...stripe.transfers.values()].filter((t) => t.metadata.orderPartId === part.id)).toHaveLength(1);

    // A part whose net exceeds what is left of its charge: Stripe refuses the transfer (source_transaction).
    const other = await paidOrder();
    const tooMuch = await partOf(env, other.orderId, vendor.sellerId);
    await env.dataSource.query(`UPDATE order_part SET net_minor = gross_minor + 1 WHERE id = $1`, [tooMuch.id]);
    await fulfil(env, tooMuch.id);
    expect(await payouts().payPart(tooMuch.id)).toBe('FAILED');
    const [failed] = await env.dataSource.query(`SELECT status, blocked_reason FROM payout WHERE order_part_id = $1`, [tooMuch.id]);
    expect(failed).toEqual({ status: 'FAILED', blocked_reason: expect.stringContaining('exceeds the source transaction') });
    // Nothing moved in the ledger for it.
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM ledger_transaction WHERE kind = 'PAYOUT' AND order_part_id = $1`, [tooMuch.id]);
    expect(n).toBe(0);
  });
  it('records a transfer whose answer was lost even after its part was refunded in full and the account disabled, with the same key, then reverses it', async () => {
    const { orderId } = await paidOrder();
    const part = await partOf(env, orderId, vendor.sellerId);
    await fulfil(env, part.id);
    // Stripe makes the transfer, but its answer never arrives.
    stripe.lostAnswers.set('/v1/transfers', { status: 500, type: 'api_error', message: 'Request timed out' });
    try {
      expect(await payouts().payPart(part.id)).toBe('PENDING');
    } finally {
      stripe.lostAnswers.delete('/v1/transfers');
    }
    expect([...stripe.transfers.values()].filter((t) => t.metadata.orderPartId === part.id)).toHaveLength(1);
    // Meanwhile the part is refunded in full, and Stripe restricts the account.
    await env.app.get(OrderPartRefundService).refund({ partId: part.id, amountMinor: part.gross_minor, idempotencyKey: `lost-${part.id}`, reason: 'never arrived', actorId: null });
    const [refunded] = await env.dataSource.query(`SELECT status, refunded_minor::int FROM order_part WHERE id = $1`, [part.id]);
    expect(refunded).toEqual({ status: 'REFUNDED', refunded_minor: part.gross_minor });
    await env.dataSource.query(`UPDATE payout_account SET transfers_enabled = false WHERE provider_account_id = $1`, [accountId]);

    try {
      expect(await payouts().dueParts()).toContain(part.id);
      await payouts().run();
    } finally {
      await env.dataSource.query(`UPDATE payout_account SET transfers_enabled = true WHERE provider_account_id = $1`, [accountId]);
    }

    const asked = stripe.requests.filter((r) => r.path === '/v1/transfers' && r.body.get('metadata[orderPartId]') === part.id);
    expect(asked).toHaveLength(2);
    expect(new Set(asked.map((r) => r.idempotencyKey))).toEqual(new Set([`payout-${part.id}`]));
    const [sent] = await env.dataSource.query(`SELECT id, status, amount_minor::int, provider_transfer_id FROM payout WHERE order_part_id = $1`, [part.id]);
    expect(sent).toMatchObject({ status: 'SENT', amount_minor: part.net_minor, provider_transfer_id: expect.stringMatching(/^tr_/) });
    expect([...stripe.transfers.values()].filter((t) => t.metadata.orderPartId === part.id)).toHaveLength(1);

    // The reversal job takes back all of it: the part owes the seller nothing now.
    expect(await env.app.get(PayoutReversalService).duePayouts()).toContain(sent.id);
    await env.app.get(PayoutReversalService).run();
    const [reversed] = await env.dataSource.query(`SELECT status, reversed_minor::int FROM payout WHERE id = $1`, [sent.id]);
    expect(reversed).toEqual({ status: 'REVERSED', reversed_minor: part.net_minor });
    expect(stripe.transfers.get(sent.provider_transfer_id)!.amount_reversed).toBe(part.net_minor);
    const kinds = await env.dataSource.query(`SELECT kind FROM ledger_transaction WHERE order_part_id = $1 AND kind IN ('PAYOUT', 'PAYOUT_REVERSAL') ORDER BY kind`, [part.id]);
    expect(kinds).toEqual([{ kind: 'PAYOUT' }, { kind: 'PAYOUT_REVERSAL' }]);
    expect(await unbalancedTransactions(env)).toBe(0);
  });
});
