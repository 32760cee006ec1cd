import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, OrganisationRole } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { OrganisationMembership } from './organisation-membership.entity';
import { Organisation, type OrganisationKind } from './organisation.entity';

export interface NewOrganisation {
  kind: OrganisationKind;
  name: string;
  /** The account that owns it from the start (the approved vendor applicant). */
  ownerAccountId: string;
}

/**
 * Organisations and who belongs to them. The marketplace creates vendor organisations when it
 * approves an application and lets owners add staff; access to an organisation's resources then
 * follows from memberships (`memberOf` rules), read with the session on every request.
 */
@Injectable()
export class OrganisationService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Creates the organisation with its first owner, together. */
  create(input: NewOrganisation): Promise<Organisation> {
    return this.connection.withTransaction(async () => {
      const organisations = this.connection.getRepository(Organisation);
      const organisation = await organisations.save(organisations.create({ kind: input.kind, name: input.name }));
      await this.connection.getRepository(OrganisationMembership).insert({ organisationId: organisation.id, accountId: input.ownerAccountId, role: OrganisationRole.OWNER });
      return organisation;
    });
  }

  findById(id: string): Promise<Organisation | null> {
    return this.connection.getRepository(Organisation).findOneBy({ id });
  }

  findByName(kind: OrganisationKind, name: string): Promise<Organisation | null> {
    return this.connection.getRepository(Organisation).findOneBy({ kind, name });
  }

  /** Adds an account to the organisation, or changes its role there. */
  async setMember(organisationId: string, accountId: string, role: OrganisationRole): Promise<void> {
    await this.connection.withTransaction(async () => {
      if (role !== OrganisationRole.OWNER) await this.keepAnOwner(organisationId, accountId);
      await this.connection.getRepository(OrganisationMembership).upsert({ organisationId, accountId, role }, ['organisationId', 'accountId']);
    });
  }

  /** Takes an account out of the organisation; its last owner stays. */
  async removeMember(organisationId: string, accountId: string): Promise<void> {
    await this.connection.withTransaction(async () => {
      await this.keepAnOwner(organisationId, accountId);
      await this.connection.getRepository(OrganisationMembership).delete({ organisationId, accountId });
    });
  }

  /** Each account's memberships with their organisations, in the order of `accountIds` (for DataLoaders). */
  async membershipsOf(accountIds: readonly string[]): Promise<OrganisationMembership[][]> {
    const rows = await this.connection.getRepository(OrganisationMembership).find({
      where: { accountId: In([...accountIds]) },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
    return accountIds.map((id) => rows.filter((row) => row.accountId === id));
  }

  /**
   * Refuses to leave the organisation without an owner when `accountId` stops being one. The owners'
   * rows are locked, so two owners stepping down at once cannot both succeed.
   */
  private async keepAnOwner(organisationId: string, accountId: string): Promise<void> {
    const owners: { account_id: string }[] = await this.connection.manager.query(
      `SELECT account_id FROM organisation_membership WHERE organisation_id = $1 AND role = 'OWNER' ORDER BY account_id FOR UPDATE`,
      [organisationId],
    );
    if (owners.length === 1 && owners[0].account_id === accountId) {
      throw new DomainError(ErrorCode.CONFLICT, 'An organisation keeps at least one owner', 'accountId');
    }
  }
}
