import { registerEnumType } from '@nestjs/graphql';

export enum UsedItemCondition {
  NEW_WITH_TAGS = 'NEW_WITH_TAGS',
  LIKE_NEW = 'LIKE_NEW',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  FOR_PARTS = 'FOR_PARTS',
}
registerEnumType(UsedItemCondition, { name: 'UsedItemCondition' });

export enum UsedItemKind {
  BIKE = 'BIKE',
  PART = 'PART',
  OTHER = 'OTHER',
}
registerEnumType(UsedItemKind, { name: 'UsedItemKind' });

export enum StolenBikeSource {
  IMPORT = 'IMPORT',
  MEMBER_REPORT = 'MEMBER_REPORT',
}
registerEnumType(StolenBikeSource, { name: 'StolenBikeSource' });

export enum ClaimStatus {
  OPEN = 'OPEN',
  DECIDED = 'DECIDED',
}
registerEnumType(ClaimStatus, { name: 'ClaimStatus' });

export enum ClaimOutcome {
  REFUND_BUYER = 'REFUND_BUYER',
  RELEASE_TO_SELLER = 'RELEASE_TO_SELLER',
}
registerEnumType(ClaimOutcome, { name: 'ClaimOutcome' });

export enum ClaimReason {
  NOT_RECEIVED = 'NOT_RECEIVED',
  NOT_AS_DESCRIBED = 'NOT_AS_DESCRIBED',
  DAMAGED = 'DAMAGED',
  OTHER = 'OTHER',
}
registerEnumType(ClaimReason, { name: 'ClaimReason' });

/** Where a used item's sale stands, for its seller and buyer. */
export enum UsedSaleStage {
  PAID = 'PAID',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  RELEASED = 'RELEASED',
  CLAIMED = 'CLAIMED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(UsedSaleStage, { name: 'UsedSaleStage' });

/** Category slugs the used items of each kind are filed under (the first that exists; else the first category). */
export const CATEGORY_OF_KIND: Record<UsedItemKind, string[]> = {
  [UsedItemKind.BIKE]: ['bikes'],
  [UsedItemKind.PART]: ['parts', 'components'],
  [UsedItemKind.OTHER]: ['accessories', 'parts'],
};

export const MAX_PHOTOS = 8;
export const MAX_IMPORT_ROWS = 10_000;
