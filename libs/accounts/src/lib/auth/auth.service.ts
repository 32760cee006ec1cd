import { Injectable } from '@nestjs/common';
import { unauthenticated } from '@flagship/api-core';
import { EventLog } from '@flagship/events';
import { Account } from '../account/account.entity';
import { AccountService } from '../account/account.service';
import { AccountEvents } from '../accounts.events';
import { PasswordHasher } from '../password/password-hasher';
import { SessionService, type OpenedSession } from '../session/session.service';
import type { LogInInput } from './dto/log-in.input';
import type { SignUpInput } from './dto/sign-up.input';

export interface SignedIn {
  account: Account;
  session: OpenedSession;
}

/** Sign-up, log-in and log-out rules. Setting the cookie is the resolver's (HTTP) business. */
@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly events: EventLog,
  ) {}

  /** Anyone may sign up as a consumer; vendor and brand-manager roles are granted, never chosen. */
  async signUp(input: SignUpInput, previousSessionId?: string): Promise<SignedIn> {
    const account = await this.accounts.create(input);
    await this.events.record(AccountEvents.signedUp, { actorId: account.id, subjectId: account.id });
    return { account, session: await this.sessions.replace(previousSessionId, account.id) };
  }

  async logIn(input: LogInInput, previousSessionId?: string): Promise<SignedIn> {
    const account = await this.accounts.findByEmail(input.email);
    const valid = await this.hasher.verify(account?.passwordHash, input.password);
    if (!account || !valid) throw unauthenticated('Email or password is incorrect');
    return { account, session: await this.sessions.replace(previousSessionId, account.id) };
  }

  async logOut(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.sessions.close(sessionId);
  }
}
