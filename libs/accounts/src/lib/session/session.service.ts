import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { Role, type Membership, type Viewer } from '@flagship/api-core';
import { LessThan } from 'typeorm';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from '../accounts.options';
import { Session } from './session.entity';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

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
    const [row] = await this.connection.query<{ id: string; account_id: string; roles: Role[]; memberships: Membership[] }>(
      `SELECT s.id, s.account_id,
              ARRAY(SELECT r.role::text FROM account_role r WHERE r.account_id = s.account_id) AS roles,
              ARRAY(SELECT json_build_object('organisationId', m.organisation_id, 'role', m.role)
                    FROM organisation_membership m WHERE m.account_id = s.account_id) AS memberships
       FROM session s
       WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    if (!row) return undefined;
    return { accountId: row.account_id, roles: new Set([Role.CONSUMER, ...row.roles]), memberships: row.memberships, sessionId: row.id };
  }

  async close(sessionId: string): Promise<void> {
    await this.connection.getRepository(Session).delete({ id: sessionId });
  }
}
