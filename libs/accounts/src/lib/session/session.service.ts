import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { Role, type Membership, type Viewer } from '@flagship/api-core';
import { LessThan } from 'typeorm';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from '../accounts.options';
import { MEMBERSHIP_IN_EFFECT } from '../organisation/membership-in-effect';
import { Session } from './session.entity';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The roles and the memberships in effect of the account `s.account_id`, as two columns of one statement. */
const ROLES_AND_MEMBERSHIPS = `
  ARRAY(SELECT r.role::text FROM account_role r WHERE r.account_id = s.account_id) AS roles,
  ARRAY(SELECT json_build_object('organisationId', m.organisation_id, 'role', m.role)
        FROM organisation_membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.account_id = s.account_id AND ${MEMBERSHIP_IN_EFFECT}) AS memberships`;

type ViewerRow = { id?: string; account_id: string; roles: Role[]; memberships: Membership[] };

const toViewer = (row: ViewerRow): Viewer => ({ accountId: row.account_id, roles: new Set([Role.CONSUMER, ...row.roles]), memberships: row.memberships, sessionId: row.id });

export interface OpenedSession {
  /** Goes into the cookie; never stored in clear. */
  token: string;
  expiresAt: Date;
}

@Injectable()
export class SessionService {
  constructor(
    private readonly connection: TransactionalConnection,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
  ) {}

  /**
   * Opens a session for `accountId`, closing the one this browser had (a new sign-in must not leave
   * the old token valid) and the account's expired ones.
   */
  async replace(previousSessionId: string | undefined, accountId: string): Promise<OpenedSession> {
    const sessions = this.connection.getRepository(Session);
    if (previousSessionId) await sessions.delete({ id: previousSessionId });
    await sessions.delete({ accountId, expiresAt: LessThan(new Date()) });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.options.sessionTtlDays * 24 * 3600 * 1000);
    await sessions.insert({ tokenHash: hashToken(token), accountId, expiresAt });
    return { token, expiresAt };
  }

  /**
   * The viewer a cookie token stands for, if its session is still open, with the roles and
   * memberships the account holds now: one indexed statement per request, and no cache, so a role
   * removed by a brand manager stops working on the very next request, in every process.
   */
  async resolve(token: string): Promise<Viewer | undefined> {
    const [row] = await this.connection.query<ViewerRow>(
      `SELECT s.id, s.account_id, ${ROLES_AND_MEMBERSHIPS} FROM session s WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    return row && toViewer(row);
  }

  /**
   * The viewer `accountId` would be on its next request (no session), for work done as that account
   * outside a request: the demo seed acts as its brand manager, so the same rules apply to it.
   */
  async viewerOf(accountId: string): Promise<Viewer> {
    const [row] = await this.connection.query<ViewerRow>(`SELECT s.account_id, ${ROLES_AND_MEMBERSHIPS} FROM (SELECT $1::uuid AS account_id) s`, [accountId]);
    return toViewer(row);
  }

  async close(sessionId: string): Promise<void> {
    await this.connection.getRepository(Session).delete({ id: sessionId });
  }
}
