import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';
import { CreateResale1765100006000 } from '../../migrations/1765100006000-create-resale';
import { Claim } from './claim.entity';
import { ReleaseHeldFundsJob } from './release-held-funds.job';
import { ClaimEvents, FundsEvents, RoyaltyEvents, StolenBikeEvents, UsedItemEvents } from './resale.events';
import { ResaleReactions } from './resale.reactions';
import { ProductUsedItemResolver, ResaleResolver } from './resale.resolver';
import { RoyaltyAgreement } from './royalty-agreement.entity';
import { RoyaltyService } from './royalty.service';
import { SellerAttestation } from './seller-attestation.entity';
import { StolenBike } from './stolen-bike.entity';
import { StolenBikeService } from './stolen-bike.service';
import { UsedItem } from './used-item.entity';
import { UsedItemService } from './used-item.service';
import { UsedSaleService } from './used-sale.service';

/** The resale feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const resaleProviders: Provider[] = [
  UsedItemService,
  StolenBikeService,
  UsedSaleService,
  RoyaltyService,
  ResaleReactions,
  ReleaseHeldFundsJob,
  ResaleResolver,
  ProductUsedItemResolver,
];
/** Services other features or the app may inject. */
export const resaleExports: Provider[] = [UsedItemService, StolenBikeService, UsedSaleService, RoyaltyService, ReleaseHeldFundsJob];
export const resaleEntities: Function[] = [SellerAttestation, UsedItem, StolenBike, Claim, RoyaltyAgreement];
export const resaleMigrations: Function[] = [CreateResale1765100006000];
export const resaleEventGroups: DomainEvents[] = [UsedItemEvents, FundsEvents, ClaimEvents, StolenBikeEvents, RoyaltyEvents];
export { SellerAttestation, UsedItem, StolenBike, Claim, RoyaltyAgreement };
export { UsedItemService, StolenBikeService, UsedSaleService, RoyaltyService, ReleaseHeldFundsJob };
export { UsedItemEvents, FundsEvents, ClaimEvents, StolenBikeEvents, RoyaltyEvents };
export { UsedSale } from './used-sale.types';
export { RELEASE_HELD_FUNDS_JOB } from './release-held-funds.job';
export { royaltyOn } from './royalty.service';
export { normaliseSerial, maskSerial } from './serial';
export { UsedItemCondition, UsedItemKind, ClaimOutcome, ClaimReason, ClaimStatus, StolenBikeSource, UsedSaleStage } from './resale.types';
