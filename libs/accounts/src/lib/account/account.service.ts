import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, Role } from '@flagship/api-core';
import { TransactionalConnection, isUniqueViolation } from '@flagship/database';
import { In } from 'typeorm';
import { PasswordHasher } from '../password/password-hasher';
import { AccountRole } from '../roles/account-role.entity';
import { Account } from './account.entity';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  /** Roles granted from the start (demo and tests); CONSUMER is implied. Sign-up grants none. */
  roles?: Role[];
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Creates an account; CONFLICT on `email` when the address is taken, whatever its case. */
  async create(input: NewAccount): Promise<Account> {
    const email = normaliseEmail(input.email);
    const accounts = this.connection.getRepository(Account);
    if (await accounts.existsBy({ email })) throw emailTaken();
    const passwordHash = await this.hasher.hash(input.password);
    return this.connection.withTransaction(async () => {
      let account: Account;
      try {
        account = await accounts.save(accounts.create({ email, passwordHash, displayName: input.displayName }));
      } catch (error) {
        // Two sign-ups with one address at the same moment: the unique constraint decides.
        if (isUniqueViolation(error, 'account_email_key')) throw emailTaken();
        throw error;
      }
      const granted = [...new Set(input.roles ?? [])].filter((role) => role !== Role.CONSUMER);
      if (granted.length) await this.connection.getRepository(AccountRole).insert(granted.map((role) => ({ accountId: account.id, role, grantedById: null })));
      return account;
    });
  }

  findById(id: string): Promise<Account | null> {
    return this.connection.getRepository(Account).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Account[]> {
    return this.connection.getRepository(Account).findBy({ id: In([...ids]) });
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.connection.getRepository(Account).findOneBy({ email: normaliseEmail(email) });
  }

  /** Every account, or those holding `role` (every account holds CONSUMER). */
  list(role?: Role): Promise<Account[]> {
    const query = this.connection.getRepository(Account).createQueryBuilder('a');
    if (role && role !== Role.CONSUMER) query.where('a.id IN (SELECT r.account_id FROM account_role r WHERE r.role = :role)', { role });
    return query.orderBy('a.created_at', 'ASC').addOrderBy('a.email', 'ASC').getMany();
  }

  /** The roles each account holds, CONSUMER first, in the order of `accountIds` (for DataLoaders). */
  async rolesOf(accountIds: readonly string[]): Promise<Role[][]> {
    const rows = await this.connection.getRepository(AccountRole).find({ where: { accountId: In([...accountIds]) } });
    const order = Object.values(Role);
    return accountIds.map((id) => [Role.CONSUMER, ...rows.filter((row) => row.accountId === id).map((row) => row.role).sort((a, b) => order.indexOf(a) - order.indexOf(b))]);
  }
}

const emailTaken = () => new DomainError(ErrorCode.CONFLICT, 'An account with this email already exists', 'email');
