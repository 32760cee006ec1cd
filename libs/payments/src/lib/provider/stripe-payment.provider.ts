import Stripe from 'stripe';
import { PaymentProvider, PaymentProviderError, type CancelRequest, type PaymentRequest, type RefundRequest, type StartedPayment } from './payment-provider';

export interface StripeSettings {
  secretKey: string;
  publishableKey: string | null;
  webhookSecret: string | null;
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
