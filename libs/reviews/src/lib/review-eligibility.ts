import { registerEnumType } from '@nestjs/graphql';

/**
 * Whether the viewer may review a product, and if not, why: the product page offers the form, or says
 * what stands in the way. `postReview` refuses on the same grounds (decision 0021).
 */
export enum ReviewEligibility {
  /** Signed in, bought it (the order is paid, fulfilled or only partly refunded) and not reviewed it yet. */
  CAN_REVIEW = 'CAN_REVIEW',
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  /** Reviews come from buyers: no paid order of this product. */
  PURCHASE_REQUIRED = 'PURCHASE_REQUIRED',
  ALREADY_REVIEWED = 'ALREADY_REVIEWED',
  /** The product is not published. */
  NOT_FOR_SALE = 'NOT_FOR_SALE',
}
registerEnumType(ReviewEligibility, { name: 'ReviewEligibility', description: 'Whether the viewer may review a product, or why not.' });
