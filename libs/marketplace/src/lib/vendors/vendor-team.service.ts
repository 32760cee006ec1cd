import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, OrganisationRole, Role, badInput, type Viewer } from '@flagship/api-core';
import { AccountService, OrganisationService, RoleService } from '@flagship/accounts';
import { TransactionalConnection } from '@flagship/database';
import { VendorPolicy } from './vendor.policy';
import { VendorService } from './vendor.service';

/** One person of a vendor's team. */
export interface VendorTeamRow {
  accountId: string;
  displayName: string;
  role: OrganisationRole;
  joinedAt: Date;
}

/**
 * A vendor's team (decision 0037): its owners invite existing members as staff (who get VENDOR, without
 * which a vendor membership counts for nothing) and remove them; its people see the team.
 */
@Injectable()
export class VendorTeamService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly vendors: VendorService,
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
    private readonly roles: RoleService,
  ) {}

  async team(viewer: Viewer, vendorId: string): Promise<VendorTeamRow[]> {
    VendorPolicy.authorize(viewer, 'read_team', await this.vendors.findById(vendorId), { field: 'vendorId' });
    return this.members(vendorId);
  }

  /** Owners first, then staff, by name. */
  private async members(vendorId: string): Promise<VendorTeamRow[]> {
    const rows = await this.connection.manager.query<{ account_id: string; display_name: string; role: OrganisationRole; created_at: Date }[]>(
      `SELECT m.account_id, a.display_name, m.role, m.created_at FROM organisation_membership m JOIN account a ON a.id = m.account_id
        WHERE m.organisation_id = $1 ORDER BY m.role, a.display_name, m.account_id`,
      [vendorId],
    );
    return rows.map((row) => ({ accountId: row.account_id, displayName: row.display_name, role: row.role, joinedAt: row.created_at }));
  }

  async invite(viewer: Viewer, vendorId: string, email: string): Promise<VendorTeamRow[]> {
    await this.connection.withTransaction(async () => {
      VendorPolicy.authorize(viewer, 'manage_team', await this.vendors.lock(vendorId), { field: 'vendorId' });
      const account = email.trim() ? await this.accounts.findByEmail(email.trim()) : null;
      if (!account) throw badInput('email', 'No member has this email: ask them to sign up first');
      const [existing] = await this.connection.manager.query<{ role: OrganisationRole }[]>(
        `SELECT role FROM organisation_membership WHERE organisation_id = $1 AND account_id = $2`,
        [vendorId, account.id],
      );
      if (existing) throw new DomainError(ErrorCode.CONFLICT, 'They are on the team already', 'email');
      await this.organisations.setMember(viewer.accountId, vendorId, account.id, OrganisationRole.STAFF);
      await this.roles.grantAuthorisedBy(viewer.accountId, account.id, Role.VENDOR);
    });
    // Who may change the team may see it.
    return this.members(vendorId);
  }

  /** Takes a staff member off the team (owners stay: an organisation keeps its owners). */
  async remove(viewer: Viewer, vendorId: string, accountId: string): Promise<VendorTeamRow[]> {
    await this.connection.withTransaction(async () => {
      VendorPolicy.authorize(viewer, 'manage_team', await this.vendors.lock(vendorId), { field: 'vendorId' });
      const [member] = await this.connection.manager.query<{ role: OrganisationRole }[]>(
        `SELECT role FROM organisation_membership WHERE organisation_id = $1 AND account_id = $2 FOR UPDATE`,
        [vendorId, accountId],
      );
      if (!member) throw new DomainError(ErrorCode.NOT_FOUND, 'They are not on the team', 'accountId');
      if (member.role === OrganisationRole.OWNER) throw new DomainError(ErrorCode.CONFLICT, 'Owners stay on the team', 'accountId');
      await this.organisations.removeMember(viewer.accountId, vendorId, accountId);
    });
    // Who may change the team may see it.
    return this.members(vendorId);
  }
}
