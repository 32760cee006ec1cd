import { Controller, Headers, HttpCode, Inject, Logger, NotFoundException, Post, Req, BadRequestException } from '@nestjs/common';
import { Public, isUuid } from '@flagship/api-core';
import { EventLog } from '@flagship/events';
import type { FastifyRequest } from 'fastify';
import type Stripe from 'stripe';
import { PaymentService } from '../payment/payment.service';
import { STRIPE_CLIENT, STRIPE_SETTINGS } from '../payments.tokens';
import { PaymentEvents } from '../payments.events';
import { chargeIdOf, type StripeSettings } from '../provider/stripe-payment.provider';
import { APPLIED, IGNORED, ProcessedWebhooks, answer } from './processed-webhooks';

/**
 * Stripe's reports about payments. Each event is verified against the endpoint secret, then applied
 * exactly once: its id is stored in the same transaction as its effect, and a redelivery finds it.
 * Effects never depend on arrival order (a failure reported after the success changes nothing), and
 * only the PaymentIntent the platform created and stored for an order can settle it.
 */
@Controller('payments/stripe')
export class StripeWebhookController {
  private readonly logger = new Logger(StripeWebhookController.name);

  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe | null,
    @Inject(STRIPE_SETTINGS) private readonly settings: StripeSettings | null,
    private readonly processed: ProcessedWebhooks,
    private readonly payments: PaymentService,
    private readonly events: EventLog,
  ) {}

  /**
   * 200 for every correctly signed event, also one that changes nothing: Stripe retries anything else
   * for days, and an event naming no order of ours (or an order id that is not even a UUID) never
   * becomes applicable. Such an event is answered `ignored` and logged. 400 only for a bad signature.
   */
  @Public()
  @Post('webhook')
  @HttpCode(200)
  async receive(
    @Req() req: FastifyRequest & { rawBody?: Buffer },
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true; duplicate?: true; ignored?: true }> {
    if (!this.stripe || !this.settings?.webhookSecret) throw new NotFoundException();
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody ?? Buffer.alloc(0), signature ?? '', this.settings.webhookSecret);
    } catch {
      throw new BadRequestException('Invalid Stripe signature');
    }
    return answer(await this.processed.once(event, () => this.apply(event)));
  }

  /** The event's effect, in the transaction that stores it as processed; IGNORED when it changes nothing. */
  private async apply(event: Stripe.Event): Promise<typeof APPLIED | typeof IGNORED> {
    if (event.type === 'transfer.reversed') return this.transferReversed(event.data.object);
    if (event.type !== 'payment_intent.succeeded' && event.type !== 'payment_intent.payment_failed') return IGNORED;
    const intent = event.data.object;
    const orderId: unknown = intent.metadata?.orderId;
    if (!isUuid(orderId) || typeof intent.id !== 'string' || !PAYMENT_INTENT_ID.test(intent.id)) {
      this.logger.warn(`Stripe event ${event.id} names no order of this platform (orderId metadata ${JSON.stringify(orderId)}); ignored`);
      return IGNORED;
    }
    if (event.type === 'payment_intent.payment_failed') {
      if (!(await this.payments.recordFailure(orderId, intent.id))) {
        this.logger.warn(`Stripe event ${event.id}: PaymentIntent ${intent.id} is not the pending payment of order ${orderId}; ignored`);
        return IGNORED;
      }
      return APPLIED;
    }
    // Orders reacts to payment.succeeded in this transaction (marks the order paid, or refunds a
    // payment it cannot honour once this has committed).
    const outcome = await this.payments.settle(orderId, { provider: 'stripe', providerPaymentId: intent.id, amountMinor: intent.amount_received || intent.amount, currency: intent.currency, chargeId: chargeIdOf(intent.latest_charge) });
    if (outcome === 'MISMATCH' || outcome === 'UNKNOWN') {
      // Recorded as processed (a redelivery would not match either) but changes nothing.
      this.logger.warn(
        `Stripe event ${event.id}: PaymentIntent ${intent.id} (${intent.amount_received || intent.amount} ${intent.currency}) is not the payment the platform created for order ${orderId}; ignored`,
      );
      return IGNORED;
    }
    return APPLIED;
  }

  /**
   * A transfer to a seller's connected account was reversed (by the platform after a refund, or by
   * someone in Stripe's dashboard): the marketplace reacts in this transaction (decision 0041).
   */
  private async transferReversed(transfer: Stripe.Transfer): Promise<typeof APPLIED | typeof IGNORED> {
    if (typeof transfer.id !== 'string' || !TRANSFER_ID.test(transfer.id)) return IGNORED;
    await this.events.record(PaymentEvents.transfer_reversed, {
      actorId: null,
      subjectId: transfer.id,
      amount: { minor: transfer.amount_reversed, currency: transfer.currency.toUpperCase() },
      payload: {
        provider: 'stripe',
        providerTransferId: transfer.id,
        reversals: (transfer.reversals?.data ?? []).map((reversal) => ({
          providerReversalId: reversal.id,
          amountMinor: reversal.amount,
          reference: typeof reversal.metadata?.payoutReversalId === 'string' ? reversal.metadata.payoutReversalId : null,
        })),
      },
    });
    return APPLIED;
  }
}

/** Stripe's PaymentIntent ids: `pi_` and letters, digits or underscores. */
const PAYMENT_INTENT_ID = /^pi_\w{1,250}$/;
const TRANSFER_ID = /^tr_\w{1,250}$/;
