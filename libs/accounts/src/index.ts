export { AccountsModule } from './lib/accounts.module';
export type { AccountsOptions } from './lib/accounts.options';
export { AccountEvents } from './lib/accounts.events';
export { Account } from './lib/account/account.entity';
export { AccountService, normaliseEmail, type NewAccount } from './lib/account/account.service';
export { PASSWORD_MIN_LENGTH } from './lib/auth/dto/sign-up.input';
export { SESSION_COOKIE } from './lib/session/session-cookie';
export { SessionService } from './lib/session/session.service';
import { Account } from './lib/account/account.entity';
import { Session } from './lib/session/session.entity';
import { CreateAccounts1763900000000 } from './migrations/1763900000000-create-accounts';

export const accountsEntities = [Account, Session];
export const accountsMigrations = [CreateAccounts1763900000000];
