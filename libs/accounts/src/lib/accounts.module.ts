import { Inject, Module, type MiddlewareConsumer, type NestModule, type ValueProvider } from '@nestjs/common';
import { AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { BadgeService } from './badges/badge.service';
import { AvatarController } from './member/avatar.controller';
import { MemberResolver } from './member/member.resolver';
import { MemberService } from './member/member.service';
import { OrganisationService } from './organisation/organisation.service';
import { RoleResolver } from './roles/role.resolver';
import { RoleService } from './roles/role.service';
import { PasswordHasher } from './password/password-hasher';
import { SessionMiddleware } from './session/session.middleware';
import { SessionService } from './session/session.service';

/** Imported by every module that uses accounts (e.g. reviews, for a review's author). */
@Module({
  controllers: [AvatarController],
  providers: [
    PasswordHasher,
    AccountService,
    SessionService,
    AuthService,
    RoleService,
    BadgeService,
    MemberService,
    OrganisationService,
    AccountResolver,
    AuthResolver,
    RoleResolver,
    MemberResolver,
  ],
  exports: [AccountService, MemberService, OrganisationService, RoleService, SessionService],
})
export class AccountsModule implements NestModule {
  /** The app's settings for accounts, provided once by the app (see AppModule). */
  static options(options: AccountsOptions): ValueProvider<AccountsOptions> {
    return { provide: ACCOUNTS_OPTIONS, useValue: options };
  }

  constructor(@Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions) {}

  /** The session routes learn who is calling (see `AccountsOptions.sessionRoutes`). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes(...(this.options.sessionRoutes ?? ['*path']));
  }
}
