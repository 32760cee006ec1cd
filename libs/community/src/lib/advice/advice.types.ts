import { registerEnumType } from '@nestjs/graphql';

/** Why an answer carries an expert badge, as it stood when the answer was written. */
export enum ExpertReason {
  /** A brand manager marked the author as an expert for the question's category (`category_expert`). */
  CATEGORY_EXPERT = 'CATEGORY_EXPERT',
  /** The author speaks for a vendor (the VENDOR badge: a vendor organisation's member, or the VENDOR role). */
  VENDOR_STAFF = 'VENDOR_STAFF',
  /** The author works for the brand (the BRAND_STAFF badge: holds BRAND_MANAGER). */
  BRAND_STAFF = 'BRAND_STAFF',
}
registerEnumType(ExpertReason, { name: 'ExpertReason', description: 'Why an answer was written as an expert.' });

export const ANSWER_MAX_LENGTH = 10_000;
