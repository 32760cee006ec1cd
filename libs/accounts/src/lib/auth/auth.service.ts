import { Injectable } from '@nestjs/common';
import { unauthenticated } from '@flagship/api-core';
import { EventLog } from '@flagship/events';
import { RateLimiter, clientAddressKey } from '@flagship/rate-limits';
import { Account } from '../account/account.entity';
import { AccountService, normaliseEmail } from '../account/account.service';
import { AccountEvents } from '../accounts.events';
import { PasswordHasher } from '../password/password-hasher';
import { SessionService, type OpenedSession } from '../session/session.service';
import { LOG_IN_ATTEMPTS_PER_ACCOUNT, LOG_IN_ATTEMPTS_PER_ADDRESS, SIGN_UPS_PER_ADDRESS } from './auth.limits';
import type { LogInInput } from './dto/log-in.input';
import type { SignUpInput } from './dto/sign-up.input';

export interface SignedIn {
  account: Account;
  session: OpenedSession;
}

/** Where a request comes from, as far as the limits are concerned. */
export interface AuthClient {
  /** The client's IP address (Fastify's `request.ip`, behind trusted proxies). */
  address: string;
  /** This browser's current session, replaced by the new one. */
  previousSessionId?: string;
}

/** Sign-up, log-in and log-out rules. Setting the cookie is the resolver's (HTTP) business. */
@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly limits: RateLimiter,
    private readonly events: EventLog,
  ) {}

  /**
   * Anyone may sign up as a consumer; vendor and brand-manager roles are granted, never chosen. Each
   * client address has a few sign-ups an hour (attempts count, so trying out which addresses have an
   * account is limited too).
   */
  async signUp(input: SignUpInput, client: AuthClient): Promise<SignedIn> {
    await this.limits.consume(SIGN_UPS_PER_ADDRESS, clientAddressKey(client.address));
    const account = await this.accounts.create(input);
    await this.events.record(AccountEvents.signedUp, { actorId: account.id, subjectId: account.id });
    return { account, session: await this.sessions.replace(client.previousSessionId, account.id) };
  }

  /**
   * Checks the password, within the log-in limits per client address and per account (see
   * auth.limits.ts): the attempt is counted first, and given back when the password is right.
   */
  async logIn(input: LogInInput, client: AuthClient): Promise<SignedIn> {
    const address = clientAddressKey(client.address);
    const email = normaliseEmail(input.email);
    await this.limits.consume(LOG_IN_ATTEMPTS_PER_ADDRESS, address);
    await this.limits.consume(LOG_IN_ATTEMPTS_PER_ACCOUNT, email);
    const account = await this.accounts.findByEmail(email);
    const valid = await this.hasher.verify(account?.passwordHash, input.password);
    if (!account || !valid) throw unauthenticated('Email or password is incorrect');
    await this.limits.refund(LOG_IN_ATTEMPTS_PER_ADDRESS, address);
    await this.limits.reset(LOG_IN_ATTEMPTS_PER_ACCOUNT, email);
    return { account, session: await this.sessions.replace(client.previousSessionId, account.id) };
  }

  async logOut(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.sessions.close(sessionId);
  }
}
