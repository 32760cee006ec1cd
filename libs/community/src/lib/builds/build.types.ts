import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a build is on its way to the shop (decision 0028). It collects support stage by stage, each
 * within its window; clearing the last stage puts it in front of the brand, who accepts or declines it.
 */
export enum BuildState {
  /** Collecting supporters for its current stage, until the stage's deadline. */
  SUPPORTING = 'SUPPORTING',
  /** Cleared the last stage: waiting for the brand's decision. */
  IN_REVIEW = 'IN_REVIEW',
  /** The brand took it on: a draft product was made from it and the creator's royalty recorded. */
  ACCEPTED = 'ACCEPTED',
  /** The brand said no, with a reason the creator sees. */
  DECLINED = 'DECLINED',
  /** Missed a stage's window. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(BuildState, { name: 'BuildState', description: 'Where a build is on its way to the shop.' });

/** LEGO Ideas' stages (100 in 60 days, 1,000 in a year, 5,000 and 10,000 in six months each): the defaults. */
export const DEFAULT_SUPPORT_STAGES = [
  { supporters: 100, windowDays: 60 },
  { supporters: 1000, windowDays: 365 },
  { supporters: 5000, windowDays: 180 },
  { supporters: 10000, windowDays: 180 },
] as const;

export const MAX_PARTS = 60;
export const MAX_STAGES = 8;
export const MAX_WINDOW_DAYS = 730;
/** 1% of net sales, in basis points. */
export const DEFAULT_ROYALTY_BP = 100;
export const DECLINE_REASON_MAX_LENGTH = 2000;
