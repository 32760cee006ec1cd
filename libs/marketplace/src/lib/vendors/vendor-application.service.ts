import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, Role, badInput, decodeCursor, encodeCursor, slugify, toConnection, type Connection, type Viewer } from '@flagship/api-core';
import { OrganisationKind, OrganisationService, RoleService } from '@flagship/accounts';
import { CategoryService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { requireReason, type ApplyAsVendorInput } from './dto/vendor.inputs';
import { VendorApplication, VendorApplicationStatus } from './vendor-application.entity';
import { Vendor } from './vendor.entity';
import { VendorApplicationEvents } from './vendor.events';
import { VendorApplicationPolicy } from './vendor.policy';

/**
 * Applications to sell (decision 0037): a member applies; a brand manager approves, which in one
 * transaction creates the vendor organisation with the applicant as its owner, grants them VENDOR and
 * creates the vendor's page, or rejects with a reason.
 */
@Injectable()
export class VendorApplicationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly organisations: OrganisationService,
    private readonly roles: RoleService,
    private readonly categories: CategoryService,
    private readonly events: EventLog,
  ) {}

  async apply(viewer: Viewer, input: ApplyAsVendorInput): Promise<VendorApplication> {
    VendorApplicationPolicy.authorize(viewer, 'apply', {});
    const categoryIds = [...new Set(input.categoryIds)];
    if ((await this.categories.findByIds(categoryIds)).length !== categoryIds.length) throw badInput('categoryIds', 'There is no such category');
    return this.connection.withTransaction(async () => {
      // Taken in turn per applicant: two submissions at once cannot both pass the checks below.
      await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('vendor_application:' || $1))`, [viewer.accountId]);
      const repository = this.connection.getRepository(VendorApplication);
      if (await repository.existsBy({ applicantId: viewer.accountId, status: VendorApplicationStatus.SUBMITTED })) {
        throw new DomainError(ErrorCode.CONFLICT, 'Your application is with the brand already; you will hear back soon', 'businessName');
      }
      const application = await repository.save(
        repository.create({
          applicantId: viewer.accountId,
          businessName: input.businessName,
          description: input.description,
          categoryIds,
          website: input.website || null,
          serviceArea: input.serviceArea,
        }),
      );
      await this.events.record(VendorApplicationEvents.submitted, { actorId: viewer.accountId, subjectId: application.id, payload: { categoryIds } });
      return application;
    });
  }

  /** The viewer's latest application, or null when they never applied. */
  mine(viewer: Viewer): Promise<VendorApplication | null> {
    return this.connection.getRepository(VendorApplication).findOne({ where: { applicantId: viewer.accountId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** The brand managers' queue: oldest first (first come, first decided), optionally one status only. */
  async list(viewer: Viewer, status: VendorApplicationStatus | null | undefined, first: number, after?: string | null): Promise<Connection<VendorApplication>> {
    VendorApplicationPolicy.authorize(viewer, 'decide', {});
    const query = this.connection.getRepository(VendorApplication).createQueryBuilder('a').orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').take(first + 1);
    if (status) query.andWhere('a.status = :status', { status });
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['text', 'uuid'] as const);
      query.andWhere('(a.created_at, a.id) > (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await query.getMany();
    return toConnection(rows, first, (row) => encodeCursor([row.createdAt.toISOString(), row.id]));
  }

  async approve(viewer: Viewer, id: string): Promise<VendorApplication> {
    return this.connection.withTransaction(async () => {
      const application = this.open(VendorApplicationPolicy.authorize(viewer, 'decide', await this.lock(id)));
      const organisation = await this.organisations.create(viewer.accountId, { kind: OrganisationKind.VENDOR, name: application.businessName, ownerAccountId: application.applicantId });
      await this.roles.grant(viewer, application.applicantId, Role.VENDOR);
      const vendors = this.connection.getRepository(Vendor);
      await vendors.insert({
        id: organisation.id,
        slug: await this.freeSlug(application.businessName),
        name: application.businessName,
        description: application.description,
        website: application.website,
        serviceArea: application.serviceArea,
        categoryIds: application.categoryIds,
      });
      await this.decide(viewer, application, VendorApplicationStatus.APPROVED, null, organisation.id);
      return this.connection.getRepository(VendorApplication).findOneByOrFail({ id });
    });
  }

  async reject(viewer: Viewer, id: string, reason: string): Promise<VendorApplication> {
    reason = requireReason(reason);
    return this.connection.withTransaction(async () => {
      const application = this.open(VendorApplicationPolicy.authorize(viewer, 'decide', await this.lock(id)));
      await this.decide(viewer, application, VendorApplicationStatus.REJECTED, reason, null);
      return this.connection.getRepository(VendorApplication).findOneByOrFail({ id });
    });
  }

  /** `base`, or `base-2`, `base-3`…: the first slug no vendor has. */
  async freeSlug(name: string): Promise<string> {
    const base = slugify(name) || 'vendor';
    // Two approvals of similar names at once wait for each other here, so they never pick the same slug.
    if (this.connection.inTransaction) await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('vendor-slug:' || $1))`, [base]);
    const taken = new Set(
      (await this.connection.manager.query<{ slug: string }[]>(`SELECT slug FROM vendor WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base])).map((row) => row.slug),
    );
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!taken.has(slug)) return slug;
    }
  }

  private async decide(viewer: Viewer, application: VendorApplication, status: VendorApplicationStatus, reason: string | null, vendorId: string | null): Promise<void> {
    await this.connection
      .getRepository(VendorApplication)
      .update({ id: application.id }, { status, reason, vendorId, decidedBy: viewer.accountId, decidedAt: new Date() });
    await this.events.record(VendorApplicationEvents.decided, {
      actorId: viewer.accountId,
      subjectId: application.id,
      payload: { decision: status === VendorApplicationStatus.APPROVED ? 'APPROVED' : 'REJECTED', vendorId, reason, applicantId: application.applicantId },
    });
  }

  /** The application locked for the decision (two managers deciding at once: the second waits, then finds it decided). */
  private lock(id: string): Promise<VendorApplication | null> {
    return this.connection.getRepository(VendorApplication).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
  }

  private open(application: VendorApplication): VendorApplication {
    if (application.status !== VendorApplicationStatus.SUBMITTED) {
      throw new DomainError(ErrorCode.CONFLICT, `This application was ${application.status.toLowerCase()} already`, 'id');
    }
    return application;
  }
}
