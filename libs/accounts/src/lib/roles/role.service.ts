import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, Role, badInput, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Account } from '../account/account.entity';
import { AccountEvents } from '../accounts.events';
import { AccountPolicy } from '../accounts.policies';
import { AccountRole } from './account-role.entity';

/**
 * Granting and removing roles: a brand manager's act, recorded in the event log, and the only way a
 * role is granted (the platform's own grants, `grantByPlatform`, go the same way). Takes effect on the
 * account's next request (the session lookup reads roles every time). Granting a role already held
 * or removing one not held changes nothing and records nothing.
 */
@Injectable()
export class RoleService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventLog,
  ) {}

  async grant(actor: Viewer, accountId: string, role: Role): Promise<Account> {
    const account = await this.target(actor, accountId);
    await this.insert(actor.accountId, accountId, role);
    return account;
  }

  /**
   * A grant by the platform itself (actor null), with no rule to pass: for where no brand manager can
   * grant, such as the demo seed creating its people, its first brand manager among them. Never behind
   * a Query or Mutation.
   */
  async grantByPlatform(accountId: string, role: Role): Promise<void> {
    await this.insert(null, accountId, role);
  }

  /**
   * A grant another domain's rule has already authorised, recorded with that actor: a vendor's owner
   * adding staff gives them VENDOR (the marketplace's `vendor.manage_team`), without which their
   * membership would count for nothing (`MEMBERSHIP_IN_EFFECT`). Only VENDOR is granted this way.
   */
  async grantAuthorisedBy(actorId: string, accountId: string, role: Role.VENDOR): Promise<void> {
    await this.insert(actorId, accountId, role);
  }

  /**
   * Removes a role. CONSUMER stays with every account. The last brand manager's role cannot go (the
   * platform would have nobody to run it): the brand managers' rows are locked first, so two managers
   * removing each other at the same moment cannot both succeed.
   */
  async revoke(actor: Viewer, accountId: string, role: Role): Promise<Account> {
    const account = await this.target(actor, accountId);
    if (role === Role.CONSUMER) throw badInput('role', 'Every member stays a consumer; this role cannot be removed');
    if (role === Role.BRAND_MANAGER) {
      const managers: { account_id: string }[] = await this.connection.manager.query(
        `SELECT account_id FROM account_role WHERE role = 'BRAND_MANAGER' ORDER BY account_id FOR UPDATE`,
      );
      if (managers.length === 1 && managers[0].account_id === accountId) {
        throw new DomainError(ErrorCode.CONFLICT, 'The platform needs a brand manager: grant the role to someone else first', 'role');
      }
    }
    const deleted = await this.connection.getRepository(AccountRole).delete({ accountId, role });
    if (deleted.affected) await this.record(AccountEvents.roleRevoked, actor.accountId, accountId, role);
    return account;
  }

  private async target(actor: Viewer, accountId: string): Promise<Account> {
    const account = await this.connection.getRepository(Account).findOneBy({ id: accountId });
    // Checked here too, not only by the guard: the service may be called from elsewhere.
    return AccountPolicy.authorize(actor, 'manage_roles', account, { field: 'accountId', message: 'There is no such account' });
  }

  private async insert(actorId: string | null, accountId: string, role: Role): Promise<void> {
    if (role === Role.CONSUMER) throw badInput('role', 'Every member is a consumer already');
    const inserted = await this.connection.manager.query(
      `INSERT INTO account_role (account_id, role, granted_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING role`,
      [accountId, role, actorId],
    );
    if (inserted.length) await this.record(AccountEvents.roleGranted, actorId, accountId, role);
  }

  private record(type: typeof AccountEvents.roleGranted | typeof AccountEvents.roleRevoked, actorId: string | null, accountId: string, role: Exclude<Role, Role.CONSUMER>): Promise<unknown> {
    return this.events.record(type, { actorId, subjectId: accountId, payload: { role } });
  }
}
