import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './password/password-hasher';
import { SessionMiddleware } from './session/session.middleware';
import { SessionService } from './session/session.service';

@Module({})
export class AccountsModule implements NestModule {
  static forRoot(options: AccountsOptions): DynamicModule {
    return {
      module: AccountsModule,
      // Global: other domains read accounts (e.g. a review's author) through AccountService.
      global: true,
      providers: [
        { provide: ACCOUNTS_OPTIONS, useValue: options },
        PasswordHasher,
        AccountService,
        SessionService,
        AuthService,
        AccountResolver,
        AuthResolver,
      ],
      exports: [AccountService],
    };
  }

  /**
   * Every API route learns who is calling. Static files are served before Nest's routes and never get
   * here; public media and the health check skip the session lookup.
   */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).exclude('health', 'media/*path').forRoutes('*path');
  }
}
