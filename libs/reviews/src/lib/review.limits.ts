import type { RateLimit } from '@flagship/rate-limits';

/**
 * Reviews one account may post in an hour: enough for someone reviewing a whole order, not for an
 * account flooding the catalog with ratings.
 */
export const REVIEWS_PER_ACCOUNT: RateLimit = {
  name: 'reviews-per-account',
  points: 10,
  durationSeconds: 60 * 60,
  refusal: 'You have posted many reviews in a short time',
};
