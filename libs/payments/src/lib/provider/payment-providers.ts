import { DomainError, ErrorCode } from '@flagship/api-core';
import { PaymentProvider } from './payment-provider';

/**
 * The providers this process can talk to. New payments go to `current`; anything done to an existing
 * payment (refund, cancel) goes to the provider that took it, in the same mode (test or live).
 */
export class PaymentProviders {
  constructor(
    readonly current: PaymentProvider,
    private readonly all: readonly PaymentProvider[],
  ) {}

  for(payment: { provider: string; testMode: boolean }): PaymentProvider {
    const provider = this.all.find((p) => p.name === payment.provider && p.testMode === payment.testMode);
    if (!provider) {
      const mode = payment.testMode ? 'test' : 'live';
      throw new DomainError(ErrorCode.CONFLICT, `This payment was taken by ${payment.provider} in ${mode} mode, which this platform is not configured for now`);
    }
    return provider;
  }
}
