export interface PaymentRequest {
  /** What the payment is for; echoed back by webhooks (Stripe metadata). */
  orderId: string;
  amountMinor: number;
  currency: string;
  /** The same key always yields the same payment at the provider, however often it is sent. */
  idempotencyKey: string;
  description: string;
  /**
   * Groups the transfers that later pay the sellers out of this payment (Stripe `transfer_group`,
   * decision 0041): the order id.
   */
  transferGroup?: string;
}

export interface StartedPayment {
  providerPaymentId: string;
  /** SUCCEEDED: settled already (offline test provider). REQUIRES_ACTION: the buyer confirms in the browser. */
  status: 'SUCCEEDED' | 'REQUIRES_ACTION';
  /** For Stripe Elements in the browser. */
  clientSecret: string | null;
  /** The charge that moved the money, when known already (offline provider); Stripe reports it by webhook. */
  chargeId?: string | null;
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

/** Who a connected account is for (the platform's own reference, stored as provider metadata). */
export interface ConnectedAccountRequest {
  /** E.g. `VENDOR:<organisation id>`: echoed back in the provider's metadata. */
  reference: string;
  email?: string | null;
  /** ISO 3166 country of the seller, when known (Stripe asks during onboarding otherwise). */
  country?: string | null;
  idempotencyKey: string;
}

/** What a provider says about a connected account (Stripe Connect `account.updated`, or read on demand). */
export interface ConnectedAccountStatus {
  providerAccountId: string;
  /** The seller finished the provider's onboarding form. */
  detailsSubmitted: boolean;
  /** Transfers to it are allowed (Stripe: the `transfers` capability is active). */
  transfersEnabled: boolean;
  /** The provider pays its balance out to the seller's bank. */
  payoutsEnabled: boolean;
}

export interface OnboardingLinkRequest {
  providerAccountId: string;
  /** Where the provider sends the seller when the link expired or was used: ask for a new one there. */
  refreshUrl: string;
  /** Where the provider sends the seller after the form (finished or not). */
  returnUrl: string;
}

export interface TransferRequest {
  amountMinor: number;
  currency: string;
  /** The connected account. */
  destination: string;
  /** The order id: the `transfer_group` its payment was created with. */
  transferGroup: string;
  /** The charge the money came from: Stripe refuses a transfer larger than it, and waits for its funds. */
  sourceTransaction: string | null;
  idempotencyKey: string;
  /** What the transfer pays for (`orderPartId`, `payoutId`), stored as provider metadata. */
  metadata: Record<string, string>;
}

export interface TransferReversalRequest {
  providerTransferId: string;
  amountMinor: number;
  idempotencyKey: string;
  metadata: Record<string, string>;
}

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
  /** The charge of a payment that succeeded (Stripe: the PaymentIntent's `latest_charge`), null if none. */
  abstract chargeOf(providerPaymentId: string): Promise<string | null>;

  // Connect (decision 0041): sellers are paid by transfers to their connected accounts.
  /** A connected account for a seller (Stripe: Express, capability `transfers`). */
  abstract createConnectedAccount(request: ConnectedAccountRequest): Promise<ConnectedAccountStatus>;
  /** A one-time address where the seller completes the provider's onboarding; null when there is none to do (offline). */
  abstract createOnboardingLink(request: OnboardingLinkRequest): Promise<string | null>;
  abstract readConnectedAccount(providerAccountId: string): Promise<ConnectedAccountStatus>;
  /** Throws PaymentProviderError (DECLINED or UNKNOWN) when the transfer was not confirmed. */
  abstract createTransfer(request: TransferRequest): Promise<{ providerTransferId: string }>;
  /** Throws PaymentProviderError (DECLINED or UNKNOWN) when the reversal was not confirmed. */
  abstract reverseTransfer(request: TransferReversalRequest): Promise<{ providerReversalId: string }>;
}
