import {
  PaymentProvider,
  type ConnectedAccountRequest,
  type ConnectedAccountStatus,
  type PaymentRequest,
  type RefundRequest,
  type StartedPayment,
  type TransferRequest,
  type TransferReversalRequest,
} from './payment-provider';

/**
 * TEST MODE ONLY. Settles every payment at once without moving money, so the demo and the tests run
 * with no network and no Stripe account. New payments never use it when STRIPE_SECRET_KEY is set; it
 * stays available to refund payments it took earlier. Production refuses it unless ALLOW_TEST_PAYMENTS.
 *
 * Payouts (decision 0041): its connected accounts are enabled at once with no onboarding, and its
 * transfers and reversals are only recorded (ids `test_acct_…`, `test_tr_…`, `test_trr_…`): the
 * ledger and the dashboards show them as test-mode payouts, and no money moves anywhere.
 */
export class OfflineTestPaymentProvider extends PaymentProvider {
  readonly name = 'offline-test' as const;
  readonly testMode = true;
  readonly publishableKey = null;

  async start(request: PaymentRequest): Promise<StartedPayment> {
    // Deterministic from the idempotency key, like Stripe: the same request gives the same payment.
    return { providerPaymentId: `test_pay_${request.idempotencyKey}`, status: 'SUCCEEDED', clientSecret: null, chargeId: `test_ch_${request.idempotencyKey}` };
  }

  async refund(request: RefundRequest): Promise<{ providerRefundId: string }> {
    return { providerRefundId: `test_refund_${request.idempotencyKey}` };
  }

  async cancel(): Promise<void> {
    // Offline payments settle at once: there is never an open one to cancel.
  }

  async chargeOf(providerPaymentId: string): Promise<string | null> {
    return providerPaymentId.startsWith('test_pay_') ? `test_ch_${providerPaymentId.slice('test_pay_'.length)}` : null;
  }

  async createConnectedAccount(request: ConnectedAccountRequest): Promise<ConnectedAccountStatus> {
    return this.readConnectedAccount(`test_acct_${request.idempotencyKey}`);
  }

  /** No onboarding to do: the test-mode account is enabled from the start. */
  async createOnboardingLink(): Promise<null> {
    return null;
  }

  async readConnectedAccount(providerAccountId: string): Promise<ConnectedAccountStatus> {
    return { providerAccountId, detailsSubmitted: true, transfersEnabled: true, payoutsEnabled: true };
  }

  async createTransfer(request: TransferRequest): Promise<{ providerTransferId: string }> {
    return { providerTransferId: `test_tr_${request.idempotencyKey}` };
  }

  async reverseTransfer(request: TransferReversalRequest): Promise<{ providerReversalId: string }> {
    return { providerReversalId: `test_trr_${request.idempotencyKey}` };
  }
}
