import { registerEnumType } from '@nestjs/graphql';

/** How hard a guide is for a rider with a basic tool kit. */
export enum GuideDifficulty {
  EASY = 'EASY',
  MODERATE = 'MODERATE',
  HARD = 'HARD',
}
registerEnumType(GuideDifficulty, { name: 'GuideDifficulty', description: 'How hard a guide is for a rider with a basic tool kit.' });

/** What a guide's item is: something to work with (kept) or something fitted (used up). */
export enum GuideItemKind {
  TOOL = 'TOOL',
  PART = 'PART',
}
registerEnumType(GuideItemKind, { name: 'GuideItemKind' });

export const GUIDE_MAX_STEPS = 40;
export const GUIDE_MAX_ITEMS = 30;
export const GUIDE_STEP_MAX_PHOTOS = 6;
export const GUIDE_STEP_TITLE_MAX_LENGTH = 120;
export const GUIDE_STEP_BODY_MAX_LENGTH = 5_000;
export const GUIDE_ITEM_LABEL_MAX_LENGTH = 120;
export const GUIDE_ITEM_MAX_QUANTITY = 20;
export const GUIDE_MAX_MINUTES = 24 * 60;
export const GUIDE_COMPLETION_NOTE_MAX_LENGTH = 1_000;
/** How many "I made this" posts a guide page shows (the newest). */
export const GUIDE_COMPLETIONS_SHOWN = 24;
