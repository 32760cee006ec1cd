import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';
import { CreatePayouts1765100005001 } from '../../migrations/1765100005001-create-payouts';
import { PayoutAccount } from './payout-account.entity';
import { PayoutAccountService } from './payout-account.service';
import { PayoutReversalService } from './payout-reversal.service';
import { Payout, PayoutReversal } from './payout.entity';
import { PayoutEvents } from './payout.events';
import { PayoutJob } from './payout.job';
import { PayoutReactions } from './payout.reactions';
import { PayoutResolver } from './payout.resolver';
import { PayoutService } from './payout.service';
import { SellerPayoutsService } from './seller-payouts.service';

/** The payouts feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const payoutProviders: Provider[] = [PayoutAccountService, PayoutService, PayoutReversalService, SellerPayoutsService, PayoutReactions, PayoutJob, PayoutResolver];
/** Services other features or the app may inject. */
export const payoutExports: Provider[] = [PayoutAccountService, PayoutService, PayoutReversalService, SellerPayoutsService, PayoutJob];
export const payoutEntities: Function[] = [PayoutAccount, Payout, PayoutReversal];
export const payoutMigrations: Function[] = [CreatePayouts1765100005001];
export const payoutEventGroups: DomainEvents[] = [PayoutEvents];
export { PayoutAccount, PayoutAccountStatus, SellerPayoutAccount } from './payout-account.entity';
export { Payout, PayoutReversal, PayoutStatus, PayoutReversalStatus } from './payout.entity';
export { PayoutEvents } from './payout.events';
export { PayoutPolicy, type PayoutSeller } from './payout.policy';
export { PayoutAccountService, PayoutService, PayoutReversalService, SellerPayoutsService, PayoutJob };
export { ADULT_CONFIRMATION_MISSING, PAYOUT_RETRY_AFTER_MS, type PayoutOutcome } from './payout.service';
export { SEND_PAYOUTS_JOB } from './payout.job';
