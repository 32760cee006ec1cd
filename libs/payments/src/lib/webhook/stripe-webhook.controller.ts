import { Controller, Headers, HttpCode, Inject, Logger, NotFoundException, Post, Req, BadRequestException } from '@nestjs/common';
import { Public } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import type { FastifyRequest } from 'fastify';
import type Stripe from 'stripe';
import { PaymentService } from '../payment/payment.service';
import { STRIPE_CLIENT, STRIPE_SETTINGS } from '../payments.tokens';
import type { StripeSettings } from '../provider/stripe-payment.provider';
import { ProcessedWebhookEvent } from './processed-webhook-event.entity';

/**
 * Stripe's reports about payments. Each event is verified against the endpoint secret, then applied
 * exactly once: its id is stored in the same transaction as its effect, and a redelivery finds it.
 * Effects never depend on arrival order (a success may come before the checkout response).
 */
@Controller('payments/stripe')
export class StripeWebhookController {
  private readonly logger = new Logger(StripeWebhookController.name);

  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe | null,
    @Inject(STRIPE_SETTINGS) private readonly settings: StripeSettings | null,
    private readonly connection: TransactionalConnection,
    private readonly payments: PaymentService,
  ) {}

  @Public()
  @Post('webhook')
  @HttpCode(200)
  async receive(@Req() req: FastifyRequest & { rawBody?: Buffer }, @Headers('stripe-signature') signature: string | undefined): Promise<{ received: true; duplicate?: true }> {
    if (!this.stripe || !this.settings?.webhookSecret) throw new NotFoundException();
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody ?? Buffer.alloc(0), signature ?? '', this.settings.webhookSecret);
    } catch {
      throw new BadRequestException('Invalid Stripe signature');
    }
    const applied = await this.connection.withTransaction(async () => {
      const inserted = await this.connection
        .getRepository(ProcessedWebhookEvent)
        .createQueryBuilder()
        .insert()
        .values({ id: event.id, type: event.type })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length) return false;
      await this.apply(event);
      return true;
    });
    return applied ? { received: true } : { received: true, duplicate: true };
  }

  private async apply(event: Stripe.Event): Promise<void> {
    if (event.type !== 'payment_intent.succeeded' && event.type !== 'payment_intent.payment_failed') return;
    const intent = event.data.object;
    const orderId = intent.metadata?.orderId;
    if (!orderId) {
      this.logger.warn(`Stripe event ${event.id} has no orderId metadata; ignored`);
      return;
    }
    if (event.type === 'payment_intent.payment_failed') {
      if (!(await this.payments.recordFailure(orderId, intent.id))) {
        this.logger.warn(`Stripe event ${event.id}: PaymentIntent ${intent.id} is not the pending payment of order ${orderId}; ignored`);
      }
      return;
    }
    const outcome = await this.payments.settle(orderId, { provider: 'stripe', providerPaymentId: intent.id, amountMinor: intent.amount_received || intent.amount, currency: intent.currency });
    if (outcome === 'MISMATCH') {
      // Recorded as processed (a redelivery would not match either) but changes nothing.
      this.logger.warn(
        `Stripe event ${event.id}: PaymentIntent ${intent.id} (${intent.amount_received || intent.amount} ${intent.currency}) does not match the payment stored for order ${orderId}; ignored`,
      );
    }
  }
}
