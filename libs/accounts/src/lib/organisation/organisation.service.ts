import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, OrganisationRole } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { OrganisationEvents } from '../accounts.events';
import { MEMBERSHIP_IN_EFFECT } from './membership-in-effect';
import { OrganisationMembership } from './organisation-membership.entity';
import { Organisation, type OrganisationKind } from './organisation.entity';

export interface NewOrganisation {
  kind: OrganisationKind;
  name: string;
  /** The account that owns it from the start (the approved vendor applicant). */
  ownerAccountId: string;
}

/**
 * Organisations and who belongs to them, every change recorded as an `organisation.*` event with its
 * actor (null: the platform). The marketplace creates vendor organisations when it approves an
 * application and lets owners add staff, each flow with its own rule; access to an organisation's
 * resources then follows from memberships (`memberOf` rules), read with the session on every request.
 * A vendor membership counts only while the account holds VENDOR (`MEMBERSHIP_IN_EFFECT`): adding
 * someone to a vendor grants nothing by itself.
 */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventLog,
  ) {}

  /** Creates the organisation with its first owner, together. */
  create(actorId: string | null, input: NewOrganisation): Promise<Organisation> {
    return this.connection.withTransaction(async () => {
      const organisations = this.connection.getRepository(Organisation);
      const organisation = await organisations.save(organisations.create({ kind: input.kind, name: input.name }));
      await this.events.record(OrganisationEvents.created, { actorId, subjectId: organisation.id, payload: { kind: input.kind } });
      await this.connection.getRepository(OrganisationMembership).insert({ organisationId: organisation.id, accountId: input.ownerAccountId, role: OrganisationRole.OWNER });
      await this.events.record(OrganisationEvents.memberAdded, { actorId, subjectId: organisation.id, payload: { accountId: input.ownerAccountId, role: OrganisationRole.OWNER } });
      return organisation;
    });
  }

  findById(id: string): Promise<Organisation | null> {
    return this.connection.getRepository(Organisation).findOneBy({ id });
  }

  findByName(kind: OrganisationKind, name: string): Promise<Organisation | null> {
    return this.connection.getRepository(Organisation).findOneBy({ kind, name });
  }

  /** Adds an account to the organisation, or changes its role there; setting the role it has changes and records nothing. */
  async setMember(actorId: string | null, organisationId: string, accountId: string, role: OrganisationRole): Promise<void> {
    await this.connection.withTransaction(async () => {
      if (role !== OrganisationRole.OWNER) await this.keepAnOwner(organisationId, accountId);
      const added: unknown[] = await this.connection.manager.query(
        `INSERT INTO organisation_membership (organisation_id, account_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING role`,
        [organisationId, accountId, role],
      );
      if (added.length) {
        await this.events.record(OrganisationEvents.memberAdded, { actorId, subjectId: organisationId, payload: { accountId, role } });
        return;
      }
      // A member already: their row, locked, says what changes.
      const [current] = await this.connection.manager.query<{ role: OrganisationRole }[]>(
        `SELECT role FROM organisation_membership WHERE organisation_id = $1 AND account_id = $2 FOR UPDATE`,
        [organisationId, accountId],
      );
      if (current.role === role) return;
      await this.connection.getRepository(OrganisationMembership).update({ organisationId, accountId }, { role });
      await this.events.record(OrganisationEvents.memberRoleChanged, { actorId, subjectId: organisationId, payload: { accountId, role, previousRole: current.role } });
    });
  }

  /** Takes an account out of the organisation; its last owner stays. Removing a non-member changes and records nothing. */
  async removeMember(actorId: string | null, organisationId: string, accountId: string): Promise<void> {
    await this.connection.withTransaction(async () => {
      await this.keepAnOwner(organisationId, accountId);
      const removed = await this.connection
        .getRepository(OrganisationMembership)
        .createQueryBuilder()
        .delete()
        .where('organisation_id = :organisationId AND account_id = :accountId', { organisationId, accountId })
        .returning('role')
        .execute();
      const [row] = removed.raw as { role: OrganisationRole }[];
      if (row) await this.events.record(OrganisationEvents.memberRemoved, { actorId, subjectId: organisationId, payload: { accountId, role: row.role } });
    });
  }

  /**
   * Each account's memberships that count now (`MEMBERSHIP_IN_EFFECT`), with their organisations, in
   * the order of `accountIds` (for DataLoaders).
   */
  async membershipsOf(accountIds: readonly string[]): Promise<OrganisationMembership[][]> {
    const rows = await this.connection
      .getRepository(OrganisationMembership)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.organisation', 'o')
      .where('m.account_id = ANY(:ids)', { ids: [...accountIds] })
      .andWhere(MEMBERSHIP_IN_EFFECT)
      .orderBy('m.created_at', 'ASC')
      .getMany();
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
