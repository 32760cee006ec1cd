import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, decodeCursor, encodeCursor, oneByKey, toConnection, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Category, CategoryService, ProductService, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { In } from 'typeorm';
import { requireReason } from './dto/vendor.inputs';
import { Vendor, VendorStatus } from './vendor.entity';
import { VendorEvents } from './vendor.events';
import { VendorPolicy } from './vendor.policy';

/**
 * Vendors' pages and standing (decision 0037): the public directory (ACTIVE vendors), a vendor by its
 * slug, and suspension, which hides every product of the vendor in the same transaction
 * (`ProductService.setSellerHidden`) and shows them again, as they were, when lifted.
 */
@Injectable()
export class VendorService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly products: ProductService,
    private readonly categories: CategoryService,
    private readonly events: EventLog,
  ) {}

  /** ACTIVE vendors by name, for everyone; or (`all`, brand managers) every vendor with its standing. */
  async list(first: number, after: string | null | undefined, options: { all?: boolean; status?: VendorStatus | null } = {}): Promise<Connection<Vendor>> {
    const query = this.connection.getRepository(Vendor).createQueryBuilder('v').orderBy('v.name', 'ASC').addOrderBy('v.organisation_id', 'ASC').take(first + 1);
    const status = options.all ? options.status : VendorStatus.ACTIVE;
    if (status) query.andWhere('v.status = :status', { status });
    if (after) {
      const [name, id] = decodeCursor(after, ['text', 'uuid'] as const);
      query.andWhere('(v.name, v.organisation_id) > (:name, :id::uuid)', { name, id });
    }
    return toConnection(await query.getMany(), first, (row) => encodeCursor([row.name, row.id]));
  }

  /** Every vendor with its standing (brand managers). */
  manageList(viewer: Viewer, status: VendorStatus | null | undefined, first: number, after?: string | null): Promise<Connection<Vendor>> {
    VendorPolicy.authorize(viewer, 'curate', {});
    return this.list(first, after, { all: true, status });
  }

  /** A vendor's page: NOT_FOUND when suspended, except for its own people and brand managers. */
  async bySlug(viewer: Viewer | undefined, slug: string): Promise<Vendor> {
    return VendorPolicy.authorize(viewer, 'read', await this.connection.getRepository(Vendor).findOneBy({ slug }));
  }

  /** The vendor as `viewer` may see it (for "Sold by"), batched per request; null when hidden from them. */
  async load(loaders: RequestLoaders, viewer: Viewer | undefined, id: string): Promise<Vendor | null> {
    const vendor = await loaders.get<string, Vendor | null>('marketplace.vendorById', (ids) => this.byIds(ids)).load(id);
    return vendor && VendorPolicy.can(viewer, 'read', vendor) ? vendor : null;
  }

  /** A vendor's categories, batched per request. */
  async categoriesOf(loaders: RequestLoaders, vendor: Vendor): Promise<Category[]> {
    const loader = loaders.get<string, Category | null>('marketplace.categoryById', async (ids) => oneByKey(ids, await this.categories.findByIds(ids), (c) => c.id));
    return (await loader.loadMany(vendor.categoryIds)).filter((c): c is Category => !!c && !(c instanceof Error));
  }

  async suspend(viewer: Viewer, vendorId: string, reason: string): Promise<Vendor> {
    reason = requireReason(reason);
    return this.connection.withTransaction(async () => {
      const vendor = VendorPolicy.authorize(viewer, 'curate', await this.lock(vendorId), { field: 'vendorId' });
      if (vendor.status === VendorStatus.SUSPENDED) throw new DomainError(ErrorCode.CONFLICT, 'This vendor is suspended already', 'vendorId');
      const hidden = await this.products.setSellerHidden(SellerKind.VENDOR, vendorId, true);
      await this.connection
        .getRepository(Vendor)
        .update({ id: vendorId }, { status: VendorStatus.SUSPENDED, suspendedAt: new Date(), suspendedBy: viewer.accountId, suspensionReason: reason });
      await this.events.record(VendorEvents.suspended, { actorId: viewer.accountId, subjectId: vendorId, payload: { reason: reason, productsHidden: hidden } });
      return this.connection.getRepository(Vendor).findOneByOrFail({ id: vendorId });
    });
  }

  async reinstate(viewer: Viewer, vendorId: string): Promise<Vendor> {
    return this.connection.withTransaction(async () => {
      const vendor = VendorPolicy.authorize(viewer, 'curate', await this.lock(vendorId), { field: 'vendorId' });
      if (vendor.status === VendorStatus.ACTIVE) throw new DomainError(ErrorCode.CONFLICT, 'This vendor is not suspended', 'vendorId');
      const shown = await this.products.setSellerHidden(SellerKind.VENDOR, vendorId, false);
      await this.connection.getRepository(Vendor).update({ id: vendorId }, { status: VendorStatus.ACTIVE, suspendedAt: null, suspendedBy: null, suspensionReason: null });
      await this.events.record(VendorEvents.reinstated, { actorId: viewer.accountId, subjectId: vendorId, payload: { productsShown: shown } });
      return this.connection.getRepository(Vendor).findOneByOrFail({ id: vendorId });
    });
  }

  findById(id: string): Promise<Vendor | null> {
    return this.connection.getRepository(Vendor).findOneBy({ id });
  }

  /** The vendor's row locked until the transaction ends, or null. */
  lock(id: string): Promise<Vendor | null> {
    return this.connection.getRepository(Vendor).createQueryBuilder('v').setLock('pessimistic_write').where('v.organisation_id = :id', { id }).getOne();
  }

  private async byIds(ids: readonly string[]): Promise<(Vendor | null)[]> {
    return oneByKey(ids, await this.connection.getRepository(Vendor).findBy({ id: In([...ids]) }), (v) => v.id);
  }
}
