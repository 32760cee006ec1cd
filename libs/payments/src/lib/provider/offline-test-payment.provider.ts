import { PaymentProvider, type PaymentRequest, type RefundRequest, type StartedPayment } from './payment-provider';

/**
 * TEST MODE ONLY. Settles every payment at once without moving money, so the demo and the tests run
 * with no network and no Stripe account. Never used when STRIPE_SECRET_KEY is set.
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
}
