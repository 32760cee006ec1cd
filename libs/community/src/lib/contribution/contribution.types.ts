import { registerEnumType } from '@nestjs/graphql';

/** What members share. Every kind is a contribution (one table, one feed); each has its own details. */
export enum ContributionKind {
  /** A custom bike build: story, photos, parts list; others support it (builds/). */
  BUILD = 'BUILD',
  /** A cycling route from a GPX file, with rides and a leaderboard (routes/). */
  ROUTE = 'ROUTE',
  /** A step-by-step repair or how-to guide (guides/). */
  GUIDE = 'GUIDE',
  /** A question, often on a product page, answered by members and experts (advice/). */
  QUESTION = 'QUESTION',
  /** A progress post on one's own project (advice/). */
  PROJECT_UPDATE = 'PROJECT_UPDATE',
}
registerEnumType(ContributionKind, { name: 'ContributionKind', description: 'What kind of thing a member shared.' });

/**
 * Where a contribution is in its life. Room for moderation: trust and safety will hide or remove what
 * breaks the rules (with who, when and why, kept on the row), and the author still sees it.
 */
export enum ContributionStatus {
  /** Only its author (and brand managers) can see it. */
  DRAFT = 'DRAFT',
  /** Everyone can see it. */
  PUBLISHED = 'PUBLISHED',
  /** Taken down by moderation: its author and brand managers see it, with the reason. */
  REMOVED = 'REMOVED',
}
registerEnumType(ContributionStatus, { name: 'ContributionStatus' });

export const TITLE_MAX_LENGTH = 140;
export const BODY_MAX_LENGTH = 20_000;
export const MAX_TAGS = 10;
export const TAG_MAX_LENGTH = 30;
export const MAX_PHOTOS = 20;
