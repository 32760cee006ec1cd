export interface PaymentRequest {
  /** What the payment is for; echoed back by webhooks (Stripe metadata). */
  orderId: string;
  amountMinor: number;
  currency: string;
  /** The same key always yields the same payment at the provider, however often it is sent. */
  idempotencyKey: string;
  description: string;
}

export interface StartedPayment {
  providerPaymentId: string;
  /** SUCCEEDED: settled already (offline test provider). REQUIRES_ACTION: the buyer confirms in the browser. */
  status: 'SUCCEEDED' | 'REQUIRES_ACTION';
  /** For Stripe Elements in the browser. */
  clientSecret: string | null;
}

export interface RefundRequest {
  providerPaymentId: string;
  amountMinor: number;
  idempotencyKey: string;
}

/** Who takes the money. Stripe when STRIPE_SECRET_KEY is set, otherwise the offline test provider. */
export abstract class PaymentProvider {
  abstract readonly name: 'stripe' | 'offline-test';
  /** True for the offline provider: the storefront labels checkout "test mode". */
  abstract readonly testMode: boolean;
  /** For the storefront (Stripe Elements); null for the offline provider. */
  abstract readonly publishableKey: string | null;
  abstract start(request: PaymentRequest): Promise<StartedPayment>;
  abstract refund(request: RefundRequest): Promise<{ providerRefundId: string }>;
}
