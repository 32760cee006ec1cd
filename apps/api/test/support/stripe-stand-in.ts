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
  transfer_group?: string | null;
  latest_charge?: string | null;
}

export interface StandInCharge {
  id: string;
  object: 'charge';
  amount: number;
  amount_refunded: number;
  currency: string;
  payment_intent: string;
  transfer_group: string | null;
}

export interface StandInAccount {
  id: string;
  object: 'account';
  type: string;
  email: string | null;
  details_submitted: boolean;
  payouts_enabled: boolean;
  charges_enabled: boolean;
  capabilities: { transfers: 'inactive' | 'pending' | 'active' };
  metadata: Record<string, string>;
}

export interface StandInTransferReversal {
  id: string;
  object: 'transfer_reversal';
  amount: number;
  currency: string;
  transfer: string;
  metadata: Record<string, string>;
}

export interface StandInTransfer {
  id: string;
  object: 'transfer';
  amount: number;
  amount_reversed: number;
  currency: string;
  destination: string;
  source_transaction: string | null;
  transfer_group: string | null;
  metadata: Record<string, string>;
  reversed: boolean;
  reversals: { object: 'list'; data: StandInTransferReversal[]; has_more: false; total_count: number; url: string };
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
 * A local HTTP stand-in for the Stripe API calls the platform makes (create, read and cancel
 * PaymentIntents, create Refunds; Connect: Express accounts, account links, transfers and transfer
 * reversals). It records every request, so tests can assert the idempotency keys the real Stripe SDK
 * sends, and it honours them the way Stripe does (same key, same object; the same key with other
 * parameters is refused). Connect requests are checked as Stripe checks them: a transfer goes to a
 * known account whose `transfers` capability is active, in the charge's currency, and all transfers
 * from one `source_transaction` never exceed what is left of that charge; a reversal never exceeds
 * what is left of its transfer.
 */
export class StripeStandIn {
  readonly requests: RecordedRequest[] = [];
  /** Awaited before a new PaymentIntent is returned: lets a test deliver a webhook first. */
  beforeIntentResponse?: (intent: StandInPaymentIntent) => Promise<void>;
  /** Answers the next requests to a path with this error (not remembered under their idempotency key). */
  readonly failures = new Map<string, StandInFailure>();
  /** Does the next requests to a path, then answers with this error: the call happened but its answer was lost (a timeout). */
  readonly lostAnswers = new Map<string, StandInFailure>();
  readonly intents = new Map<string, StandInPaymentIntent>();
  readonly charges = new Map<string, StandInCharge>();
  readonly accounts = new Map<string, StandInAccount>();
  readonly transfers = new Map<string, StandInTransfer>();
  private readonly byKey = new Map<string, { body: string; result: unknown }>();
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
    const url = (req.url ?? '').split('?')[0];
    this.requests.push({ method: req.method ?? '', path: url, idempotencyKey, body });
    const failure = this.failures.get(url);
    if (failure) throw new StandInError(failure);
    if (idempotencyKey && this.byKey.has(idempotencyKey)) {
      const earlier = this.byKey.get(idempotencyKey)!;
      if (earlier.body !== body.toString()) {
        throw new StandInError({ status: 400, type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters they were first used with' });
      }
      return earlier.result;
    }
    this.count++;
    const result = await this.route(req.method ?? 'GET', url, body);
    if (idempotencyKey) this.byKey.set(idempotencyKey, { body: body.toString(), result });
    const lost = this.lostAnswers.get(url);
    if (lost) throw new StandInError(lost);
    return result;
  }

  /**
   * The PaymentIntent paid: a charge for its amount (`ch_standin_…`), the intent `succeeded` with it as
   * `latest_charge`. Returns the intent as Stripe's `payment_intent.succeeded` event carries it.
   */
  succeed(intentId: string): StandInPaymentIntent & { amount_received: number } {
    const intent = this.intents.get(intentId);
    if (!intent) throw new Error(`No PaymentIntent ${intentId}`);
    const charge: StandInCharge = {
      id: `ch_standin_${++this.count}`,
      object: 'charge',
      amount: intent.amount,
      amount_refunded: 0,
      currency: intent.currency,
      payment_intent: intent.id,
      transfer_group: intent.transfer_group ?? null,
    };
    this.charges.set(charge.id, charge);
    intent.status = 'succeeded';
    intent.latest_charge = charge.id;
    return { ...intent, amount_received: intent.amount };
  }

  /** The seller finished Stripe's onboarding: details submitted, transfers and payouts enabled. Returns the account as `account.updated` carries it. */
  completeOnboarding(accountId: string): StandInAccount {
    const account = this.accounts.get(accountId);
    if (!account) throw new Error(`No account ${accountId}`);
    Object.assign(account, { details_submitted: true, payouts_enabled: true, capabilities: { transfers: 'active' } });
    return structuredClone(account);
  }

  private async route(method: string, url: string, body: URLSearchParams): Promise<unknown> {
    const segments = url.split('/').filter(Boolean);
    if (method === 'GET' && segments.length === 3 && segments[1] === 'payment_intents') {
      const intent = this.intents.get(segments[2]);
      if (!intent) throw notFound('payment_intent');
      return { ...intent };
    }
    if (url === '/v1/accounts') return this.createAccount(body);
    if (method === 'GET' && segments.length === 3 && segments[1] === 'accounts') {
      const account = this.accounts.get(segments[2]);
      if (!account) throw notFound('account');
      return structuredClone(account);
    }
    if (url === '/v1/account_links') return this.createAccountLink(body);
    if (url === '/v1/transfers') return this.createTransfer(body);
    if (segments.length === 4 && segments[1] === 'transfers' && segments[3] === 'reversals') return this.reverseTransfer(segments[2], body);
    return this.routePayments(url, body);
  }

  private createAccount(body: URLSearchParams): StandInAccount {
    if (!['express', 'standard', 'custom'].includes(body.get('type') ?? '')) throw invalid('type', 'Invalid account type');
    if (body.get('capabilities[transfers][requested]') !== 'true') throw invalid('capabilities', 'Express accounts must request the transfers capability');
    const account: StandInAccount = {
      id: `acct_standin_${this.count}`,
      object: 'account',
      type: body.get('type')!,
      email: body.get('email'),
      details_submitted: false,
      payouts_enabled: false,
      charges_enabled: false,
      capabilities: { transfers: 'inactive' },
      metadata: metadataOf(body),
    };
    this.accounts.set(account.id, account);
    return structuredClone(account);
  }

  private createAccountLink(body: URLSearchParams) {
    const account = this.accounts.get(body.get('account') ?? '');
    if (!account) throw invalid('account', 'No such account');
    if (body.get('type') !== 'account_onboarding' && body.get('type') !== 'account_update') throw invalid('type', 'Invalid type');
    for (const field of ['refresh_url', 'return_url']) {
      const value = body.get(field);
      if (!value || !/^https?:\/\//.test(value)) throw invalid(field, `${field} must be a URL`);
    }
    const created = Math.floor(Date.now() / 1000);
    return { object: 'account_link', created, expires_at: created + 300, url: `https://connect.stripe.com/setup/e/${account.id}/standin${this.count}` };
  }

  private createTransfer(body: URLSearchParams): StandInTransfer {
    const amount = Number(body.get('amount'));
    const currency = body.get('currency') ?? '';
    if (!Number.isInteger(amount) || amount < 1) throw invalid('amount', 'Invalid positive integer');
    const destination = this.accounts.get(body.get('destination') ?? '');
    if (!destination) throw invalid('destination', 'No such destination');
    if (destination.capabilities.transfers !== 'active') {
      throw invalid('destination', 'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments');
    }
    const sourceId = body.get('source_transaction');
    if (sourceId) {
      const charge = this.charges.get(sourceId);
      if (!charge) throw invalid('source_transaction', `No such charge: '${sourceId}'`);
      if (charge.currency !== currency) throw invalid('currency', 'The currency of source_transaction’s balance transaction must be the same as the transfer currency');
      const transferred = [...this.transfers.values()].filter((t) => t.source_transaction === sourceId).reduce((sum, t) => sum + t.amount - t.amount_reversed, 0);
      if (transferred + amount > charge.amount - charge.amount_refunded) {
        throw invalid('amount', 'Insufficient funds: the transfer amount exceeds the source transaction’s amount available for transfer');
      }
    }
    const transfer: StandInTransfer = {
      id: `tr_standin_${this.count}`,
      object: 'transfer',
      amount,
      amount_reversed: 0,
      currency,
      destination: destination.id,
      source_transaction: sourceId,
      transfer_group: body.get('transfer_group'),
      metadata: metadataOf(body),
      reversed: false,
      reversals: { object: 'list', data: [], has_more: false, total_count: 0, url: '' },
    };
    transfer.reversals.url = `/v1/transfers/${transfer.id}/reversals`;
    this.transfers.set(transfer.id, transfer);
    return structuredClone(transfer);
  }

  private reverseTransfer(transferId: string, body: URLSearchParams): StandInTransferReversal {
    const transfer = this.transfers.get(transferId);
    if (!transfer) throw notFound('transfer');
    const amount = body.has('amount') ? Number(body.get('amount')) : transfer.amount - transfer.amount_reversed;
    if (!Number.isInteger(amount) || amount < 1) throw invalid('amount', 'Invalid positive integer');
    if (amount > transfer.amount - transfer.amount_reversed) throw invalid('amount', 'Transfer reversal amount exceeds the transfer amount remaining');
    const reversal: StandInTransferReversal = { id: `trr_standin_${this.count}`, object: 'transfer_reversal', amount, currency: transfer.currency, transfer: transfer.id, metadata: metadataOf(body) };
    transfer.amount_reversed += amount;
    transfer.reversed = transfer.amount_reversed === transfer.amount;
    transfer.reversals.data.push(reversal);
    transfer.reversals.total_count++;
    return { ...reversal };
  }

  private async routePayments(url: string, body: URLSearchParams): Promise<unknown> {
    let result: unknown;
    if (url === '/v1/payment_intents') {
      const intent: StandInPaymentIntent = {
        id: `pi_standin_${this.count}`,
        object: 'payment_intent',
        amount: Number(body.get('amount')),
        currency: body.get('currency') ?? '',
        status: 'requires_payment_method',
        client_secret: `pi_standin_${this.count}_secret_${this.count}`,
        metadata: { orderId: body.get('metadata[orderId]') ?? '' },
        transfer_group: body.get('transfer_group'),
      };
      this.intents.set(intent.id, intent);
      await this.beforeIntentResponse?.(intent);
      result = intent;
    } else if (/^\/v1\/payment_intents\/[^/]+\/cancel$/.test(url)) {
      const intent = this.intents.get(url.split('/')[3]);
      if (!intent) throw new StandInError({ status: 404, type: 'invalid_request_error', message: 'No such payment_intent' });
      if (intent.status === 'succeeded') throw new StandInError({ status: 400, type: 'invalid_request_error', message: 'This PaymentIntent has already succeeded' });
      intent.status = 'canceled';
      result = { ...intent };
    } else if (url === '/v1/refunds') {
      const intent = this.intents.get(body.get('payment_intent') ?? '');
      const charge = intent?.latest_charge ? this.charges.get(intent.latest_charge) : undefined;
      if (charge) charge.amount_refunded += Number(body.get('amount') ?? charge.amount - charge.amount_refunded);
      result = { id: `re_standin_${this.count}`, object: 'refund', amount: Number(body.get('amount')), status: 'succeeded', payment_intent: body.get('payment_intent') };
    } else {
      throw new Error(`The stand-in does not know ${url}`);
    }
    return result;
  }
}

const notFound = (what: string) => new StandInError({ status: 404, type: 'invalid_request_error', message: `No such ${what}` });
const invalid = (param: string, message: string) => new StandInError({ status: 400, type: 'invalid_request_error', message: `${message} (${param})` });
const metadataOf = (body: URLSearchParams) =>
  Object.fromEntries([...body.entries()].filter(([key]) => key.startsWith('metadata[')).map(([key, value]) => [key.slice('metadata['.length, -1), value]));

class StandInError extends Error {
  constructor(readonly failure: StandInFailure) {
    super(failure.message);
  }
}

export const WEBHOOK_SECRET = 'whsec_flagship_test';
export const CONNECT_WEBHOOK_SECRET = 'whsec_flagship_connect_test';

/** The API's Stripe settings pointing at a running stand-in (`createTestEnvironment({ stripe: … })`). */
export const stripeSettingsFor = (standIn: StripeStandIn) => ({
  secretKey: 'sk_test_flagship',
  publishableKey: 'pk_test_flagship',
  webhookSecret: WEBHOOK_SECRET,
  connectWebhookSecret: CONNECT_WEBHOOK_SECRET,
  apiBase: standIn.baseUrl,
});

/** Sends a Stripe event to the platform's webhook, signed with Stripe's own test helper. */
export async function deliverStripeEvent(
  baseUrl: string,
  type: string,
  object: unknown,
  options: { id?: string; secret?: string; /** A Connect event: the connected account it happened on, sent to the Connect endpoint. */ account?: string } = {},
) {
  const payload = JSON.stringify({
    id: options.id ?? `evt_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    ...(options.account ? { account: options.account } : {}),
    api_version: '2025-01-27.acacia',
    created: Math.floor(Date.now() / 1000),
    type,
    data: { object },
  });
  const secret = options.secret ?? (options.account ? CONNECT_WEBHOOK_SECRET : WEBHOOK_SECRET);
  const signature = new Stripe('sk_test_signing').webhooks.generateTestHeaderString({ payload, secret });
  const response = await fetch(`${baseUrl}/payments/stripe/${options.account ? 'connect-webhook' : 'webhook'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: payload,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}
