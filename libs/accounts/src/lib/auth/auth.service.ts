import { Inject, Injectable } from '@nestjs/common';
import { Role, unauthenticated } from '@flagship/api-core';
import type { Response } from 'express';
import { Account } from '../account/account.entity';
import { AccountService } from '../account/account.service';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from '../accounts.options';
import { PasswordHasher } from '../password/password-hasher';
import { clearSessionCookie, setSessionCookie } from '../session/session-cookie';
import { SessionService } from '../session/session.service';
import type { LogInInput } from './dto/log-in.input';
import type { SignUpInput } from './dto/sign-up.input';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
  ) {}

  /** Anyone may sign up as a consumer; vendor and brand-manager roles are granted, never chosen. */
  async signUp(input: SignUpInput, res: Response): Promise<Account> {
    const account = await this.accounts.create({ ...input, role: Role.CONSUMER });
    await this.startSession(account, res);
    return account;
  }

  async logIn(input: LogInInput, res: Response): Promise<Account> {
    const account = await this.accounts.findByEmail(input.email);
    const valid = await this.hasher.verify(account?.passwordHash, input.password);
    if (!account || !valid) throw unauthenticated('Email or password is incorrect');
    await this.startSession(account, res);
    return account;
  }

  async logOut(sessionId: string | undefined, res: Response): Promise<void> {
    if (sessionId) await this.sessions.close(sessionId);
    clearSessionCookie(res, this.options.secureCookies);
  }

  private async startSession(account: Account, res: Response): Promise<void> {
    const { token, expiresAt } = await this.sessions.open(account.id);
    setSessionCookie(res, token, expiresAt, this.options.secureCookies);
  }
}
