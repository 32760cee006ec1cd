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

export interface CancelRequest {
  providerPaymentId: string;
  idempotencyKey: string;
}

export type ProviderName = 'stripe' | 'offline-test';

/**
 * A provider call that did not succeed. DECLINED: the provider answered and did nothing (safe to
 * treat as failed). UNKNOWN: no answer (timeout, network, provider error): it may have happened, so
 * the caller keeps what it reserved and asks again later with the same idempotency key.
 */
export class PaymentProviderError extends Error {
  constructor(
    readonly outcome: 'DECLINED' | 'UNKNOWN',
    message: string,
  ) {
    super(message);
    this.name = 'PaymentProviderError';
  }

  static outcomeOf(error: unknown): 'DECLINED' | 'UNKNOWN' {
    return error instanceof PaymentProviderError ? error.outcome : 'UNKNOWN';
  }
}

/** Who takes the money. Stripe when STRIPE_SECRET_KEY is set, otherwise the offline test provider. */
export abstract class PaymentProvider {
  abstract readonly name: ProviderName;
  /** True for the offline provider and Stripe test keys: the storefront labels checkout "test mode". */
  abstract readonly testMode: boolean;
  /** For the storefront (Stripe Elements); null for the offline provider. */
  abstract readonly publishableKey: string | null;
  abstract start(request: PaymentRequest): Promise<StartedPayment>;
  /** Throws PaymentProviderError (DECLINED or UNKNOWN) when the refund was not confirmed. */
  abstract refund(request: RefundRequest): Promise<{ providerRefundId: string }>;
  /** Cancels a payment the buyer has not completed (its reservation expired). */
  abstract cancel(request: CancelRequest): Promise<void>;
}
