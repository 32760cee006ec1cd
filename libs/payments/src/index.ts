export { PaymentsModule, type PaymentsModuleOptions } from './lib/payments.module';
export { PaymentService, type PayableOrder, type SettlementOutcome } from './lib/payment/payment.service';
export { PAYMENT_OUTCOMES, type PaymentOutcomes } from './lib/payment/payment-outcomes';
export { Payment, PaymentStatus } from './lib/payment/payment.entity';
export { Refund } from './lib/payment/refund.entity';
export { PaymentProvider, type PaymentRequest, type StartedPayment } from './lib/provider/payment-provider';
export { OfflineTestPaymentProvider } from './lib/provider/offline-test-payment.provider';
export { StripePaymentProvider, type StripeSettings } from './lib/provider/stripe-payment.provider';
import { Payment } from './lib/payment/payment.entity';
import { Refund } from './lib/payment/refund.entity';
import { ProcessedWebhookEvent } from './lib/webhook/processed-webhook-event.entity';
import { CreatePayments1763900000600 } from './migrations/1763900000600-create-payments';

export const paymentsEntities = [Payment, Refund, ProcessedWebhookEvent];
export const paymentsMigrations = [CreatePayments1763900000600];
