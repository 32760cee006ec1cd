export const ACCOUNTS_OPTIONS = Symbol('ACCOUNTS_OPTIONS');

export interface AccountsOptions {
  sessionTtlDays: number;
  /** Send the session cookie over HTTPS only; on in production. */
  secureCookies: boolean;
}
