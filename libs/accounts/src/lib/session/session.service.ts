import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import type { Viewer } from '@flagship/api-core';
import { LessThan, MoreThan } from 'typeorm';
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

  /** The viewer a cookie token stands for, if its session is still open. */
  async resolve(token: string): Promise<Viewer | undefined> {
    const session = await this.connection.getRepository(Session).findOne({
      where: { tokenHash: hashToken(token), expiresAt: MoreThan(new Date()) },
      relations: { account: true },
    });
    if (!session?.account) return undefined;
    return { accountId: session.accountId, role: session.account.role, sessionId: session.id };
  }

  async close(sessionId: string): Promise<void> {
    await this.connection.getRepository(Session).delete({ id: sessionId });
  }
}
