import { BadRequestException, Controller, Headers, HttpCode, Inject, NotFoundException, Post, Req } from '@nestjs/common';
import { Public } from '@flagship/api-core';
import { EventLog } from '@flagship/events';
import type { FastifyRequest } from 'fastify';
import type Stripe from 'stripe';
import { PaymentEvents } from '../payments.events';
import { STRIPE_CLIENT, STRIPE_SETTINGS } from '../payments.tokens';
import { statusOf, type StripeSettings } from '../provider/stripe-payment.provider';
import { APPLIED, IGNORED, ProcessedWebhooks, answer } from './processed-webhooks';

/**
 * Stripe Connect's reports about sellers' connected accounts (decision 0041). Stripe sends events
 * that happen on connected accounts to a Connect endpoint of their own, signed with its own secret
 * (STRIPE_CONNECT_WEBHOOK_SECRET). Verified with the SDK, applied once (processed_webhook_event), and
 * announced as `payment.connected_account_updated`, to which the marketplace reacts in the same
 * transaction. 404 while no Connect secret is configured.
 */
@Controller('payments/stripe')
export class StripeConnectWebhookController {
  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe | null,
    @Inject(STRIPE_SETTINGS) private readonly settings: StripeSettings | null,
    private readonly processed: ProcessedWebhooks,
    private readonly events: EventLog,
  ) {}

  @Public()
  @Post('connect-webhook')
  @HttpCode(200)
  async receive(
    @Req() req: FastifyRequest & { rawBody?: Buffer },
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true; duplicate?: true; ignored?: true }> {
    if (!this.stripe || !this.settings?.connectWebhookSecret) throw new NotFoundException();
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody ?? Buffer.alloc(0), signature ?? '', this.settings.connectWebhookSecret);
    } catch {
      throw new BadRequestException('Invalid Stripe signature');
    }
    return answer(await this.processed.once(event, () => this.apply(event)));
  }

  private async apply(event: Stripe.Event): Promise<typeof APPLIED | typeof IGNORED> {
    if (event.type !== 'account.updated') return IGNORED;
    const account = event.data.object;
    if (typeof account.id !== 'string' || !ACCOUNT_ID.test(account.id)) return IGNORED;
    const status = statusOf(account);
    await this.events.record(PaymentEvents.connected_account_updated, {
      actorId: null,
      subjectId: account.id,
      payload: { provider: 'stripe', ...status },
    });
    return APPLIED;
  }
}

/** Stripe's account ids: `acct_` and letters or digits. */
const ACCOUNT_ID = /^acct_\w{1,250}$/;
