export { PaymentsModule, type PaymentsModuleOptions } from './lib/payments.module';
export { PaymentService, type PayableOrder, type ReportedPayment, type SettlementOutcome } from './lib/payment/payment.service';
export { PAYMENT_OUTCOMES, type PaymentOutcomes, type SucceededRefund } from './lib/payment/payment-outcomes';
export { Payment, PaymentStatus } from './lib/payment/payment.entity';
export { Refund, RefundStatus } from './lib/refund/refund.entity';
export { RefundService, type RefundRequest } from './lib/refund/refund.service';
export { RefundRetryJob, RETRY_REFUNDS_JOB } from './lib/refund/refund-retry.job';
export { PaymentProvider, PaymentProviderError, type PaymentRequest, type StartedPayment, type ProviderName } from './lib/provider/payment-provider';
export { PaymentProviders } from './lib/provider/payment-providers';
export { OfflineTestPaymentProvider } from './lib/provider/offline-test-payment.provider';
export { StripePaymentProvider, type StripeSettings } from './lib/provider/stripe-payment.provider';
import { Payment } from './lib/payment/payment.entity';
import { Refund } from './lib/refund/refund.entity';
import { ProcessedWebhookEvent } from './lib/webhook/processed-webhook-event.entity';
import { CreatePayments1763900000600 } from './migrations/1763900000600-create-payments';
import { PaymentProviderModeAndRefundStatus1764100000600 } from './migrations/1764100000600-payment-provider-mode-and-refund-status';

export const paymentsEntities = [Payment, Refund, ProcessedWebhookEvent];
export const paymentsMigrations = [CreatePayments1763900000600, PaymentProviderModeAndRefundStatus1764100000600];
