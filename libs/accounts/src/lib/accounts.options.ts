export const ACCOUNTS_OPTIONS = Symbol('ACCOUNTS_OPTIONS');

export interface AccountsOptions {
  sessionTtlDays: number;
  /** Send the session cookie over HTTPS only; on in production. */
  secureCookies: boolean;
  /**
   * The routes (Nest route paths) whose requests learn who is calling; every route when not given.
   * The app lists its API routes so static files and pages never cost a session lookup. A route left
   * out fails closed: it only ever sees visitors.
   */
  sessionRoutes?: string[];
}
