import Stripe from 'stripe';
import {
  PaymentProvider,
  PaymentProviderError,
  type CancelRequest,
  type ConnectedAccountRequest,
  type ConnectedAccountStatus,
  type OnboardingLinkRequest,
  type PaymentRequest,
  type RefundRequest,
  type StartedPayment,
  type TransferRequest,
  type TransferReversalRequest,
} from './payment-provider';

export interface StripeSettings {
  secretKey: string;
  publishableKey: string | null;
  webhookSecret: string | null;
  /** Verifies the Connect endpoint (`POST /payments/stripe/connect-webhook`): events of connected accounts. */
  connectWebhookSecret?: string | null;
  /** Another API host, for tests against a local stand-in: `http://127.0.0.1:12111`. */
  apiBase?: string;
}

export function createStripeClient(settings: StripeSettings): Stripe {
  const base = settings.apiBase ? new URL(settings.apiBase) : undefined;
  return new Stripe(settings.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(base ? { host: base.hostname, port: Number(base.port), protocol: base.protocol.replace(':', '') as 'http' | 'https' } : {}),
  });
}

/** Real payments through Stripe PaymentIntents; the buyer confirms with Stripe Elements. */
export class StripePaymentProvider extends PaymentProvider {
  readonly name = 'stripe' as const;
  readonly testMode: boolean;
  readonly publishableKey: string | null;

  constructor(
    private readonly stripe: Stripe,
    settings: StripeSettings,
  ) {
    super();
    this.testMode = settings.secretKey.startsWith('sk_test_');
    this.publishableKey = settings.publishableKey;
  }

  async start(request: PaymentRequest): Promise<StartedPayment> {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: request.amountMinor,
        currency: request.currency.toLowerCase(),
        description: request.description,
        metadata: { orderId: request.orderId },
        automatic_payment_methods: { enabled: true },
        // Separate charges and transfers (decision 0041): the sellers' transfers join this group.
        ...(request.transferGroup ? { transfer_group: request.transferGroup } : {}),
      },
      { idempotencyKey: request.idempotencyKey },
    );
    return {
      providerPaymentId: intent.id,
      status: intent.status === 'succeeded' ? 'SUCCEEDED' : 'REQUIRES_ACTION',
      clientSecret: intent.client_secret,
    };
  }

  async refund(request: RefundRequest): Promise<{ providerRefundId: string }> {
    try {
      const refund = await this.stripe.refunds.create(
        { payment_intent: request.providerPaymentId, amount: request.amountMinor },
        { idempotencyKey: request.idempotencyKey },
      );
      if (refund.status === 'failed' || refund.status === 'canceled') {
        throw new PaymentProviderError('DECLINED', `Stripe refund ${refund.id} is ${refund.status}`);
      }
      return { providerRefundId: refund.id };
    } catch (error) {
      throw asProviderError(error);
    }
  }

  async cancel(request: CancelRequest): Promise<void> {
    try {
      await this.stripe.paymentIntents.cancel(request.providerPaymentId, { cancellation_reason: 'abandoned' }, { idempotencyKey: request.idempotencyKey });
    } catch (error) {
      throw asProviderError(error);
    }
  }

  async chargeOf(providerPaymentId: string): Promise<string | null> {
    try {
      const intent = await this.stripe.paymentIntents.retrieve(providerPaymentId);
      return chargeIdOf(intent.latest_charge);
    } catch (error) {
      throw asProviderError(error);
    }
  }

  /**
   * Express (decision 0041): Stripe hosts onboarding and identity checks and gives the seller a light
   * dashboard, while the platform keeps control of the flow of funds (separate charges and transfers).
   * Only `transfers` is requested: sellers never take card payments themselves.
   */
  async createConnectedAccount(request: ConnectedAccountRequest): Promise<ConnectedAccountStatus> {
    try {
      const account = await this.stripe.accounts.create(
        {
          type: 'express',
          ...(request.email ? { email: request.email } : {}),
          ...(request.country ? { country: request.country } : {}),
          capabilities: { transfers: { requested: true } },
          metadata: { reference: request.reference },
        },
        { idempotencyKey: request.idempotencyKey },
      );
      return statusOf(account);
    } catch (error) {
      throw asProviderError(error);
    }
  }

  async createOnboardingLink(request: OnboardingLinkRequest): Promise<string> {
    try {
      const link = await this.stripe.accountLinks.create({
        account: request.providerAccountId,
        type: 'account_onboarding',
        refresh_url: request.refreshUrl,
        return_url: request.returnUrl,
      });
      return link.url;
    } catch (error) {
      throw asProviderError(error);
    }
  }

  async readConnectedAccount(providerAccountId: string): Promise<ConnectedAccountStatus> {
    try {
      return statusOf(await this.stripe.accounts.retrieve(providerAccountId));
    } catch (error) {
      throw asProviderError(error);
    }
  }

  async createTransfer(request: TransferRequest): Promise<{ providerTransferId: string }> {
    try {
      const transfer = await this.stripe.transfers.create(
        {
          amount: request.amountMinor,
          currency: request.currency.toLowerCase(),
          destination: request.destination,
          transfer_group: request.transferGroup,
          ...(request.sourceTransaction ? { source_transaction: request.sourceTransaction } : {}),
          metadata: request.metadata,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      return { providerTransferId: transfer.id };
    } catch (error) {
      throw asProviderError(error);
    }
  }

  async reverseTransfer(request: TransferReversalRequest): Promise<{ providerReversalId: string }> {
    try {
      const reversal = await this.stripe.transfers.createReversal(
        request.providerTransferId,
        { amount: request.amountMinor, metadata: request.metadata },
        { idempotencyKey: request.idempotencyKey },
      );
      return { providerReversalId: reversal.id };
    } catch (error) {
      throw asProviderError(error);
    }
  }
}

/** A connected account as the platform tracks it (also what `account.updated` carries). */
export function statusOf(account: Pick<Stripe.Account, 'id' | 'details_submitted' | 'payouts_enabled' | 'capabilities'>): ConnectedAccountStatus {
  return {
    providerAccountId: account.id,
    detailsSubmitted: account.details_submitted === true,
    transfersEnabled: account.capabilities?.transfers === 'active',
    payoutsEnabled: account.payouts_enabled === true,
  };
}

/** `latest_charge` is an id, or the charge itself when expanded. */
export function chargeIdOf(latestCharge: string | { id: string } | null | undefined): string | null {
  if (!latestCharge) return null;
  return typeof latestCharge === 'string' ? latestCharge : latestCharge.id;
}

/**
 * Stripe answered with a 4xx (other than 409, a concurrent request with the same idempotency key, and
 * 429, rate limited): it did nothing. Anything else (no answer, 5xx) may or may not have happened.
 */
function asProviderError(error: unknown): PaymentProviderError {
  if (error instanceof PaymentProviderError) return error;
  const status = error instanceof Stripe.errors.StripeError ? error.statusCode : undefined;
  const declined = status !== undefined && status >= 400 && status < 500 && status !== 409 && status !== 429;
  return new PaymentProviderError(declined ? 'DECLINED' : 'UNKNOWN', `Stripe: ${error instanceof Error ? error.message : String(error)}`);
}
