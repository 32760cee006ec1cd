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
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * Creates an account holding CONSUMER only; CONFLICT on `email` when the address is taken, whatever
   * its case. Other roles come from `RoleService`, the one way a role is granted (and recorded).
   */
  async create(input: NewAccount): Promise<Account> {
    const email = normaliseEmail(input.email);
    const accounts = this.connection.getRepository(Account);
    if (await accounts.existsBy({ email })) throw emailTaken();
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await accounts.save(accounts.create({ email, passwordHash, displayName: input.displayName }));
    } catch (error) {
      // Two sign-ups with one address at the same moment: the unique constraint decides.
      if (isUniqueViolation(error, 'account_email_key')) throw emailTaken();
      throw error;
    }
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
    const query = this.connection.getRepository(Account).createQueryBuilder('a').leftJoinAndSelect('a.avatar', 'avatar');
    if (role && role !== Role.CONSUMER) query.where('a.id IN (SELECT r.account_id FROM account_role r WHERE r.role = :role)', { role });
    return query.orderBy('a.created_at', 'ASC').addOrderBy('a.email', 'ASC').getMany();
  }

  /** The roles each account holds, CONSUMER first, in the order of `accountIds` (for DataLoaders). */
  async rolesOf(accountIds: readonly string[]): Promise<Role[][]> {
    const rows = await this.connection.getRepository(AccountRole).find({ where: { accountId: In([...accountIds]) } });
    return accountIds.map((id) => sortRoles([Role.CONSUMER, ...rows.filter((row) => row.accountId === id).map((row) => row.role)]));
  }
}

/** Roles in their declared order: CONSUMER, VENDOR, MODERATOR, BRAND_MANAGER. */
export function sortRoles(roles: Iterable<Role>): Role[] {
  const held = new Set(roles);
  return Object.values(Role).filter((role) => held.has(role));
}

const emailTaken = () => new DomainError(ErrorCode.CONFLICT, 'An account with this email already exists', 'email');
