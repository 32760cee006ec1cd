import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import type { Viewer } from '@flagship/api-core';
import { MoreThan } from 'typeorm';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from '../accounts.options';
import { Session } from './session.entity';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionService {
  constructor(
    private readonly connection: TransactionalConnection,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
  ) {}

  /** Opens a session and returns the token for the cookie (never stored in clear). */
  async open(accountId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.options.sessionTtlDays * 24 * 3600 * 1000);
    await this.connection.getRepository(Session).insert({ tokenHash: hashToken(token), accountId, expiresAt });
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
