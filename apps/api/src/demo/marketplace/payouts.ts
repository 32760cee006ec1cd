import { Injectable, Logger } from '@nestjs/common';
import { OrganisationKind, OrganisationService } from '@flagship/accounts';
import { SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { PayoutService } from '@flagship/marketplace';
import { DEMO_VENDORS } from '../ridgeline-cycles';

/**
 * Demo: payouts of the demo vendors' settled earnings in test mode (decision 0041). Each demo vendor
 * gets an enabled offline-test payout account; then the payout logic runs once over parts the
 * other demo seeders fulfilled (or released), for orders the offline test provider took, so the
 * dashboards show paid-out amounts. Idempotent: adds only what is missing (a part is paid out once).
 */
@Injectable()
export class DemoPayouts {
  private readonly logger = new Logger(DemoPayouts.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly organisations: OrganisationService,
    private readonly payouts: PayoutService,
  ) {}

  async seed(): Promise<void> {
    for (const vendor of DEMO_VENDORS) {
      const organisation = await this.organisations.findByName(OrganisationKind.VENDOR, vendor.name);
      if (!organisation) continue;
      await this.connection.manager.query(
        `INSERT INTO payout_account (seller_kind, seller_id, provider, test_mode, provider_account_id, details_submitted, transfers_enabled, payouts_enabled)
         VALUES ($1, $2, 'offline-test', true, $3, true, true, true)
         ON CONFLICT ON CONSTRAINT payout_account_seller_key DO NOTHING`,
        [SellerKind.VENDOR, organisation.id, `test_acct_demo_${organisation.id}`],
      );
    }
    // Offline payouts make no network call, so they may run in the demo's transaction; and once more
    // after it commits, after the bookings demo's past bookings (made after commit, registered earlier)
    // were completed, so the first seed pays them out too and seeding again adds nothing.
    await this.payOut();
    await this.connection.afterCommit(() => this.payOut());
  }

  private async payOut(): Promise<void> {
    const run = await this.payouts.run({ provider: 'offline-test' });
    if (run.SENT) this.logger.log(`Demo: ${run.SENT} test-mode payouts recorded`);
  }
}
