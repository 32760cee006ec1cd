import { createServer, type IncomingMessage, type Server } from 'node:http';
import Stripe from 'stripe';
import { freePort } from '@flagship/testing';

export interface StandInPaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  currency: string;
  status: string;
  client_secret: string;
  metadata: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: URLSearchParams;
}

/** A Stripe error answer: `{ status: 402, type: 'card_error' }` declines, a 500 is an unknown outcome. */
export interface StandInFailure {
  status: number;
  type: string;
  message: string;
}

/**
 * A local HTTP stand-in for the Stripe API calls the platform makes (create and cancel
 * PaymentIntents, create Refunds). It records every request, so tests can assert the idempotency keys
 * the real Stripe SDK sends, and it honours them the way Stripe does (same key, same object).
 */
export class StripeStandIn {
  readonly requests: RecordedRequest[] = [];
  /** Awaited before a new PaymentIntent is returned: lets a test deliver a webhook first. */
  beforeIntentResponse?: (intent: StandInPaymentIntent) => Promise<void>;
  /** Answers the next requests to a path with this error (not remembered under their idempotency key). */
  readonly failures = new Map<string, StandInFailure>();
  readonly intents = new Map<string, StandInPaymentIntent>();
  private readonly byKey = new Map<string, unknown>();
  private server?: Server;
  private count = 0;
  baseUrl = '';

  async start(): Promise<this> {
    const port = await freePort();
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        (body) => {
          res.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_${this.count}` });
          res.end(JSON.stringify(body));
        },
        (error: unknown) => {
          const failure = error instanceof StandInError ? error.failure : { status: 500, type: 'api_error', message: String(error) };
          // stripe-should-retry: false, so the SDK reports a 500 at once instead of retrying it.
          res.writeHead(failure.status, { 'content-type': 'application/json', 'stripe-should-retry': 'false' });
          res.end(JSON.stringify({ error: { type: failure.type, message: failure.message } }));
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', idempotencyKey, body });
    const failure = this.failures.get(req.url ?? '');
    if (failure) throw new StandInError(failure);
    if (idempotencyKey && this.byKey.has(idempotencyKey)) return this.byKey.get(idempotencyKey);
    this.count++;
    let result: unknown;
    if (req.url === '/v1/payment_intents') {
      const intent: StandInPaymentIntent = {
        id: `pi_standin_${this.count}`,
        object: 'payment_intent',
        amount: Number(body.get('amount')),
        currency: body.get('currency') ?? '',
        status: 'requires_payment_method',
        client_secret: `pi_standin_${this.count}_secret_${this.count}`,
        metadata: { orderId: body.get('metadata[orderId]') ?? '' },
      };
      this.intents.set(intent.id, intent);
      await this.beforeIntentResponse?.(intent);
      result = intent;
    } else if (/^\/v1\/payment_intents\/[^/]+\/cancel$/.test(req.url ?? '')) {
      const intent = this.intents.get((req.url ?? '').split('/')[3]);
      if (!intent) throw new StandInError({ status: 404, type: 'invalid_request_error', message: 'No such payment_intent' });
      if (intent.status === 'succeeded') throw new StandInError({ status: 400, type: 'invalid_request_error', message: 'This PaymentIntent has already succeeded' });
      intent.status = 'canceled';
      result = { ...intent };
    } else if (req.url === '/v1/refunds') {
      result = { id: `re_standin_${this.count}`, object: 'refund', amount: Number(body.get('amount')), status: 'succeeded', payment_intent: body.get('payment_intent') };
    } else {
      throw new Error(`The stand-in does not know ${req.method} ${req.url}`);
    }
    if (idempotencyKey) this.byKey.set(idempotencyKey, result);
    return result;
  }
}

class StandInError extends Error {
  constructor(readonly failure: StandInFailure) {
    super(failure.message);
  }
}

export const WEBHOOK_SECRET = 'whsec_flagship_test';

/** The API's Stripe settings pointing at a running stand-in (`createTestEnvironment({ stripe: … })`). */
export const stripeSettingsFor = (standIn: StripeStandIn) => ({
  secretKey: 'sk_test_flagship',
  publishableKey: 'pk_test_flagship',
  webhookSecret: WEBHOOK_SECRET,
  apiBase: standIn.baseUrl,
});

/** Sends a Stripe event to the platform's webhook, signed with Stripe's own test helper. */
export async function deliverStripeEvent(baseUrl: string, type: string, object: unknown, options: { id?: string; secret?: string } = {}) {
  const payload = JSON.stringify({
    id: options.id ?? `evt_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    api_version: '2025-01-27.acacia',
    created: Math.floor(Date.now() / 1000),
    type,
    data: { object },
  });
  const signature = new Stripe('sk_test_signing').webhooks.generateTestHeaderString({ payload, secret: options.secret ?? WEBHOOK_SECRET });
  const response = await fetch(`${baseUrl}/payments/stripe/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: payload,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}
