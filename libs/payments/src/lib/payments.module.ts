import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { PAYMENT_OUTCOMES, type PaymentOutcomes } from './payment/payment-outcomes';
import { PaymentService } from './payment/payment.service';
import { PaymentSettingsResolver } from './payment/payment-settings.resolver';
import { STRIPE_CLIENT, STRIPE_SETTINGS } from './payments.tokens';
import { OfflineTestPaymentProvider } from './provider/offline-test-payment.provider';
import { PaymentProvider } from './provider/payment-provider';
import { PaymentProviders } from './provider/payment-providers';
import { StripePaymentProvider, createStripeClient, type StripeSettings } from './provider/stripe-payment.provider';
import { RefundRetryJob } from './refund/refund-retry.job';
import { RefundService } from './refund/refund.service';
import { StripeWebhookController } from './webhook/stripe-webhook.controller';

export interface PaymentsModuleOptions {
  /** Set when STRIPE_SECRET_KEY is: real payments. Otherwise the offline test provider. */
  stripe: StripeSettings | null;
  /**
   * What happens to an order when its payment settles: the orders domain's implementation. It may
   * depend only on global providers (the database connection, the event log).
   */
  outcomes: Type<PaymentOutcomes>;
}

@Module({})
export class PaymentsModule {
  static forRoot(options: PaymentsModuleOptions): DynamicModule {
    const stripe = options.stripe ? createStripeClient(options.stripe) : null;
    const stripeProvider = stripe && options.stripe ? new StripePaymentProvider(stripe, options.stripe) : null;
    // The offline provider stays available for payments it took before Stripe was configured.
    const offline = new OfflineTestPaymentProvider();
    const providers = new PaymentProviders(stripeProvider ?? offline, stripeProvider ? [stripeProvider, offline] : [offline]);
    const provider: Provider = { provide: PaymentProvider, useValue: providers.current };
    return {
      module: PaymentsModule,
      global: true,
      controllers: [StripeWebhookController],
      providers: [
        provider,
        { provide: STRIPE_CLIENT, useValue: stripe },
        { provide: STRIPE_SETTINGS, useValue: options.stripe },
        { provide: PAYMENT_OUTCOMES, useClass: options.outcomes },
        { provide: PaymentProviders, useValue: providers },
        PaymentService,
        RefundService,
        RefundRetryJob,
        PaymentSettingsResolver,
      ],
      exports: [PaymentService, RefundService, PaymentProvider, PaymentProviders],
    };
  }
}
