import { Module, type ValueProvider } from '@nestjs/common';
import { PaymentService } from './payment/payment.service';
import { PaymentSettingsResolver } from './payment/payment-settings.resolver';
import { PAYMENTS_OPTIONS, type PaymentsOptions } from './payments.options';
import { STRIPE_CLIENT, STRIPE_SETTINGS } from './payments.tokens';
import { OfflineTestPaymentProvider } from './provider/offline-test-payment.provider';
import { PaymentProvider } from './provider/payment-provider';
import { PaymentProviders } from './provider/payment-providers';
import { StripePaymentProvider, createStripeClient } from './provider/stripe-payment.provider';
import { RefundRetryJob } from './refund/refund-retry.job';
import { RefundService } from './refund/refund.service';
import { ProcessedWebhooks } from './webhook/processed-webhooks';
import { StripeConnectWebhookController } from './webhook/stripe-connect-webhook.controller';
import { StripeWebhookController } from './webhook/stripe-webhook.controller';

/**
 * Taking and giving back money. Knows nothing of orders: it records `payment.succeeded` and
 * `payment.refunded`, and whoever sells reacts (see PaymentEvents). Imported by every module that uses it.
 */
@Module({
  controllers: [StripeWebhookController, StripeConnectWebhookController],
  providers: [
    { provide: STRIPE_SETTINGS, useFactory: (options: PaymentsOptions) => options.stripe, inject: [PAYMENTS_OPTIONS] },
    { provide: STRIPE_CLIENT, useFactory: (options: PaymentsOptions) => (options.stripe ? createStripeClient(options.stripe) : null), inject: [PAYMENTS_OPTIONS] },
    {
      provide: PaymentProviders,
      useFactory: (options: PaymentsOptions, stripe: ReturnType<typeof createStripeClient> | null) => {
        const stripeProvider = stripe && options.stripe ? new StripePaymentProvider(stripe, options.stripe) : null;
        // The offline provider stays available for payments it took before Stripe was configured.
        const offline = new OfflineTestPaymentProvider();
        return new PaymentProviders(stripeProvider ?? offline, stripeProvider ? [stripeProvider, offline] : [offline]);
      },
      inject: [PAYMENTS_OPTIONS, STRIPE_CLIENT],
    },
    { provide: PaymentProvider, useFactory: (providers: PaymentProviders) => providers.current, inject: [PaymentProviders] },
    PaymentService,
    ProcessedWebhooks,
    RefundService,
    RefundRetryJob,
    PaymentSettingsResolver,
  ],
  exports: [PaymentService, RefundService, PaymentProvider, PaymentProviders],
})
export class PaymentsModule {
  /** The app's settings for payments, provided once by the app (see AppModule). */
  static options(options: PaymentsOptions): ValueProvider<PaymentsOptions> {
    return { provide: PAYMENTS_OPTIONS, useValue: options };
  }
}
