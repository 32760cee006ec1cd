export { PaymentsModule } from './lib/payments.module';
export type { PaymentsOptions } from './lib/payments.options';
export { PaymentEvents } from './lib/payments.events';
export { PaymentService, type PayableOrder, type ReportedPayment, type SettlementOutcome } from './lib/payment/payment.service';
export { Payment, PaymentStatus } from './lib/payment/payment.entity';
export { Refund, RefundStatus } from './lib/refund/refund.entity';
export { MAX_AUTOMATIC_REFUND_ATTEMPTS, RefundService, type OrderRefundRow, type RefundRequest, type RetryCounts } from './lib/refund/refund.service';
export { RefundRetryJob, RETRY_REFUNDS_JOB } from './lib/refund/refund-retry.job';
export {
  PaymentProvider,
  PaymentProviderError,
  type PaymentRequest,
  type StartedPayment,
  type ProviderName,
  type ConnectedAccountRequest,
  type ConnectedAccountStatus,
  type OnboardingLinkRequest,
  type TransferRequest,
  type TransferReversalRequest,
} from './lib/provider/payment-provider';
export { PaymentProviders } from './lib/provider/payment-providers';
export { OfflineTestPaymentProvider } from './lib/provider/offline-test-payment.provider';
export { StripePaymentProvider, type StripeSettings } from './lib/provider/stripe-payment.provider';
import { Payment } from './lib/payment/payment.entity';
import { Refund } from './lib/refund/refund.entity';
import { ProcessedWebhookEvent } from './lib/webhook/processed-webhook-event.entity';
import { CreatePayments1763900000600 } from './migrations/1763900000600-create-payments';
import { PaymentProviderModeAndRefundStatus1764100000600 } from './migrations/1764100000600-payment-provider-mode-and-refund-status';
import { PaymentCancelAttempts1764200000600 } from './migrations/1764200000600-payment-cancel-attempts';
import { PaymentAmountsBigint1764500000600 } from './migrations/1764500000600-payment-amounts-bigint';
import { PaymentChargeId1765100005000 } from './migrations/1765100005000-payment-charge-id';

export const paymentsEntities = [Payment, Refund, ProcessedWebhookEvent];
export const paymentsMigrations = [CreatePayments1763900000600, PaymentProviderModeAndRefundStatus1764100000600, PaymentCancelAttempts1764200000600, PaymentAmountsBigint1764500000600, PaymentChargeId1765100005000];
