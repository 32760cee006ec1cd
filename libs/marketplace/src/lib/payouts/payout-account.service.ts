import { Injectable, Logger } from '@nestjs/common';
import { DomainError, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { PaymentProviders, type ConnectedAccountStatus, type PaymentProvider } from '@flagship/payments';
import { PayoutAccount, SellerPayoutAccount, statusOfAccount } from './payout-account.entity';
import { PayoutPolicy, type PayoutSeller } from './payout.policy';

export interface OnboardingUrls {
  refreshUrl: string;
  returnUrl: string;
}

/**
 * Sellers' connected accounts (decision 0041): created at the provider that takes payments now, the
 * seller sent to its onboarding, their flags kept as the provider reports them. Provider calls are
 * made outside any transaction; rows are written after, and a concurrent start finds the same account
 * (the provider gets the same idempotency key, the row is unique per seller, provider and mode).
 */
@Injectable()
export class PayoutAccountService {
  private readonly logger = new Logger(PayoutAccountService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: PaymentProviders,
  ) {}

  /** The seller's set-up at the provider that pays out now. */
  async status(viewer: Viewer, seller: PayoutSeller): Promise<SellerPayoutAccount> {
    PayoutPolicy.authorize(viewer, 'read', seller);
    return this.describe(await this.find(seller, this.providers.current));
  }

  /**
   * Creates the seller's connected account if there is none and returns where they finish onboarding
   * (null when nothing is left to do: enabled already, or the offline provider, whose test-mode
   * accounts are enabled at once).
   */
  async startOnboarding(viewer: Viewer, seller: PayoutSeller, urls: OnboardingUrls): Promise<{ url: string | null; account: SellerPayoutAccount }> {
    PayoutPolicy.authorize(viewer, 'onboard', seller);
    const provider = this.providers.current;
    if (this.connection.inTransaction) throw new Error('Payout onboarding calls the provider: not inside a transaction');
    let account = await this.find(seller, provider);
    try {
      const status = account
        ? await provider.readConnectedAccount(account.providerAccountId)
        : await provider.createConnectedAccount({
            reference: `${seller.sellerKind}:${seller.sellerId}`,
            idempotencyKey: `payout-account-${seller.sellerKind}-${seller.sellerId}-${provider.testMode ? 'test' : 'live'}`,
          });
      account = await this.store(seller, provider, status);
      const url = account.transfersEnabled ? null : await provider.createOnboardingLink({ providerAccountId: account.providerAccountId, ...urls });
      return { url, account: this.describe(account) };
    } catch (error) {
      this.logger.error(`Payout onboarding of ${seller.sellerKind} ${seller.sellerId} at ${provider.name} failed: ${String(error)}`);
      throw new DomainError('PAYMENT_PROVIDER_ERROR', 'The payment provider could not be reached; try again in a moment');
    }
  }

  /** A provider's report about a connected account (`account.updated`); unknown accounts change nothing. */
  async applyReport(provider: string, status: ConnectedAccountStatus): Promise<boolean> {
    const result = await this.connection
      .getRepository(PayoutAccount)
      .update(
        { provider, providerAccountId: status.providerAccountId },
        { detailsSubmitted: status.detailsSubmitted, transfersEnabled: status.transfersEnabled, payoutsEnabled: status.payoutsEnabled },
      );
    return (result.affected ?? 0) > 0;
  }

  find(seller: PayoutSeller, provider: Pick<PaymentProvider, 'name' | 'testMode'>): Promise<PayoutAccount | null> {
    return this.connection
      .getRepository(PayoutAccount)
      .findOneBy({ sellerKind: seller.sellerKind, sellerId: seller.sellerId, provider: provider.name, testMode: provider.testMode });
  }

  private async store(seller: PayoutSeller, provider: PaymentProvider, status: ConnectedAccountStatus): Promise<PayoutAccount> {
    await this.connection.manager.query(
      `INSERT INTO payout_account (seller_kind, seller_id, provider, test_mode, provider_account_id, details_submitted, transfers_enabled, payouts_enabled)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT payout_account_seller_key DO UPDATE
         SET details_submitted = EXCLUDED.details_submitted, transfers_enabled = EXCLUDED.transfers_enabled,
             payouts_enabled = EXCLUDED.payouts_enabled, updated_at = now()
       WHERE payout_account.provider_account_id = EXCLUDED.provider_account_id`,
      [seller.sellerKind, seller.sellerId, provider.name, provider.testMode, status.providerAccountId, status.detailsSubmitted, status.transfersEnabled, status.payoutsEnabled],
    );
    return (await this.find(seller, provider))!;
  }

  private describe(account: PayoutAccount | null): SellerPayoutAccount {
    const provider = this.providers.current;
    return { status: statusOfAccount(account), provider: provider.name, testMode: provider.testMode, payoutsEnabled: account?.payoutsEnabled ?? false };
  }
}
