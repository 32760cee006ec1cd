import type { RateLimit } from '@flagship/rate-limits';

const MINUTES = 60;

/**
 * Guessing one account's password: attempts on one email address, from anywhere. Counted before the
 * password is checked (a right one gives its attempt back and clears the count), so parallel guesses
 * cannot slip past; once used up, even the right password waits for the window to end. Unknown
 * addresses are counted the same way, so the answers reveal nothing about which accounts exist.
 */
export const LOG_IN_ATTEMPTS_PER_ACCOUNT: RateLimit = {
  name: 'log-in-per-account',
  points: 10,
  durationSeconds: 15 * MINUTES,
  refusal: 'Too many attempts to sign in to this account',
};

/** Trying many accounts from one client address (credential stuffing). */
export const LOG_IN_ATTEMPTS_PER_ADDRESS: RateLimit = {
  name: 'log-in-per-address',
  points: 50,
  durationSeconds: 15 * MINUTES,
  refusal: 'Too many sign-in attempts from your network',
};

/** Fresh accounts from one client address (throwaway accounts for fake reviews, for instance). */
export const SIGN_UPS_PER_ADDRESS: RateLimit = {
  name: 'sign-up-per-address',
  points: 5,
  durationSeconds: 60 * MINUTES,
  refusal: 'Too many new accounts from your network',
};
