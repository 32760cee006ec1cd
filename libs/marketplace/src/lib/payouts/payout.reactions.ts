import { Injectable } from '@nestjs/common';
import { ReactTo, type RecordedEvent } from '@flagship/events';
import { PaymentEvents } from '@flagship/payments';
import { PayoutAccountService } from './payout-account.service';
import { PayoutReversalService } from './payout-reversal.service';

/** The payment provider's Connect reports, applied in the webhook's transaction (so a redelivered event changes nothing). */
@Injectable()
export class PayoutReactions {
  constructor(
    private readonly accounts: PayoutAccountService,
    private readonly reversals: PayoutReversalService,
  ) {}

  @ReactTo(PaymentEvents.connected_account_updated)
  async accountUpdated(event: RecordedEvent<typeof PaymentEvents.connected_account_updated>): Promise<void> {
    const { provider, ...status } = event.payload;
    await this.accounts.applyReport(provider, status);
  }

  @ReactTo(PaymentEvents.transfer_reversed)
  async transferReversed(event: RecordedEvent<typeof PaymentEvents.transfer_reversed>): Promise<void> {
    await this.reversals.applyReported(event.payload.provider, event.payload.providerTransferId, event.payload.reversals);
  }
}
