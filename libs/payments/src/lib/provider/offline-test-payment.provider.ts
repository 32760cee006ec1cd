import { PaymentProvider, type PaymentRequest, type RefundRequest, type StartedPayment } from './payment-provider';

/**
 * TEST MODE ONLY. Settles every payment at once without moving money, so the demo and the tests run
 * with no network and no Stripe account. New payments never use it when STRIPE_SECRET_KEY is set; it
 * stays available to refund payments it took earlier. Production refuses it unless ALLOW_TEST_PAYMENTS.
 */
export class OfflineTestPaymentProvider extends PaymentProvider {
  readonly name = 'offline-test' as const;
  readonly testMode = true;
  readonly publishableKey = null;

  async start(request: PaymentRequest): Promise<StartedPayment> {
    // Deterministic from the idempotency key, like Stripe: the same request gives the same payment.
    return { providerPaymentId: `test_pay_${request.idempotencyKey}`, status: 'SUCCEEDED', clientSecret: null };
  }

  async refund(request: RefundRequest): Promise<{ providerRefundId: string }> {
    return { providerRefundId: `test_refund_${request.idempotencyKey}` };
  }

  async cancel(): Promise<void> {
    // Offline payments settle at once: there is never an open one to cancel.
  }
}
