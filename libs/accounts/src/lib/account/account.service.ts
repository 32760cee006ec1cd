import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, Role } from '@flagship/api-core';
import { TransactionalConnection, isUniqueViolation } from '@flagship/database';
import { PasswordHasher } from '../password/password-hasher';
import { Account } from './account.entity';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
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
    try {
      return await accounts.save(accounts.create({ email, passwordHash, displayName: input.displayName, role: input.role }));
    } catch (error) {
      // Two sign-ups with one address at the same moment: the unique constraint decides.
      if (isUniqueViolation(error, 'account_email_key')) throw emailTaken();
      throw error;
    }
  }

  findById(id: string): Promise<Account | null> {
    return this.connection.getRepository(Account).findOneBy({ id });
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.connection.getRepository(Account).findOneBy({ email: normaliseEmail(email) });
  }

  list(role?: Role): Promise<Account[]> {
    return this.connection.getRepository(Account).find({
      where: role ? { role } : {},
      order: { createdAt: 'ASC', email: 'ASC' },
    });
  }
}

const emailTaken = () => new DomainError(ErrorCode.CONFLICT, 'An account with this email already exists', 'email');
