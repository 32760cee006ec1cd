import { Injectable } from '@nestjs/common';
import { ConnectionType, decodeCursor, encodeCursor, oneByKey, toConnection, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { ProductService, SellerKind, type OfferKind, type Product } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { Listing, ListingStatus } from './listing.entity';
import { ListingPolicy } from './listing.policy';

export const ListingConnection = ConnectionType(Listing, 'ListingConnection');
export type ListingConnection = Connection<Listing>;

/**
 * Reading listings: the brand managers' review queue, a seller's own list, and the batched lookups the
 * fields need (a listing's product and seller name, a product's listing), one statement per page.
 */
@Injectable()
export class ListingQueryService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly products: ProductService,
  ) {}

  /** New listings and pending revisions, the longest waiting first (`ListingPolicy.review`). */
  async reviewQueue(viewer: Viewer, page: { first: number; after?: string; offerKind?: OfferKind }): Promise<ListingConnection> {
    ListingPolicy.authorize(viewer, 'review', {} as Listing);
    const query = this.connection
      .getRepository(Listing)
      .createQueryBuilder('l')
      .where(`(l.status = :pending OR l.pending_revision IS NOT NULL)`, { pending: ListingStatus.PENDING_REVIEW })
      .orderBy('l.submitted_at', 'ASC')
      .addOrderBy('l.product_id', 'ASC')
      .limit(page.first + 1);
    if (page.offerKind) query.andWhere('l.offer_kind = :offerKind', { offerKind: page.offerKind });
    if (page.after) {
      const [at, id] = decodeCursor(page.after, ['text', 'uuid']);
      query.andWhere('(l.submitted_at, l.product_id) > (:at::timestamptz, :id)', { at, id });
    }
    return toConnection(await query.getMany(), page.first, (row) => encodeCursor([row.submittedAt.toISOString(), row.productId]));
  }

  /** One seller's listings in any state, newest first: its own people only (`ListingPolicy.list`). */
  async sellerListings(
    viewer: Viewer,
    seller: { sellerKind: SellerKind; sellerId: string },
    page: { first: number; after?: string; offerKind?: OfferKind; status?: ListingStatus },
    field = 'vendorId',
  ): Promise<ListingConnection> {
    ListingPolicy.authorize(viewer, 'list', seller, { message: 'This seller was not found', field });
    const query = this.connection
      .getRepository(Listing)
      .createQueryBuilder('l')
      .where('l.seller_kind = :kind AND l.seller_id = :id', { kind: seller.sellerKind, id: seller.sellerId })
      // In milliseconds, as the cursor carries them (created_at has microseconds).
      .orderBy(`date_trunc('milliseconds', l.created_at)`, 'DESC')
      .addOrderBy('l.product_id', 'DESC')
      .limit(page.first + 1);
    if (page.offerKind) query.andWhere('l.offer_kind = :offerKind', { offerKind: page.offerKind });
    if (page.status) query.andWhere('l.status = :status', { status: page.status });
    if (page.after) {
      const [at, id] = decodeCursor(page.after, ['text', 'uuid']);
      query.andWhere(`(date_trunc('milliseconds', l.created_at), l.product_id) < (:at::timestamptz, :cursorId)`, { at, cursorId: id });
    }
    return toConnection(await query.getMany(), page.first, (row) => encodeCursor([row.createdAt.toISOString(), row.productId]));
  }

  /** A product's listing when the viewer may read it (its seller, brand managers), else null; batched. */
  async listingOf(loaders: RequestLoaders, viewer: Viewer | undefined, productId: string): Promise<Listing | null> {
    const listing = await loaders
      .get<string, Listing | null>('marketplace.listingByProduct', async (ids) =>
        oneByKey(ids, await this.connection.getRepository(Listing).findBy({ productId: In([...ids]) }), (row) => row.productId),
      )
      .load(productId);
    return listing && ListingPolicy.can(viewer, 'read', listing) ? listing : null;
  }

  /** A listing's product in any state (the listing was authorised), batched. */
  productOf(loaders: RequestLoaders, productId: string): Promise<Product | null> {
    return loaders
      .get<string, Product | null>('marketplace.listingProduct', async (ids) => oneByKey(ids, await this.products.findByIds(ids), (row) => row.id))
      .load(productId);
  }

  /** The seller's name: the vendor organisation's, or the reselling member's display name; batched. */
  async sellerNameOf(loaders: RequestLoaders, listing: Pick<Listing, 'sellerKind' | 'sellerId'>): Promise<string> {
    const key = `${listing.sellerKind}:${listing.sellerId}`;
    const name = await loaders
      .get<string, string | null>('marketplace.sellerName', async (keys) => {
        const ids = (kind: SellerKind) => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
        const rows: { key: string; name: string }[] = await this.connection.manager.query(
          `SELECT 'VENDOR:' || id AS key, name FROM organisation WHERE id = ANY($1::uuid[])
           UNION ALL SELECT 'MEMBER:' || id AS key, display_name AS name FROM account WHERE id = ANY($2::uuid[])`,
          [ids(SellerKind.VENDOR), ids(SellerKind.MEMBER)],
        );
        return oneByKey(keys, rows, (row) => row.key).map((row) => row?.name ?? null);
      })
      .load(key);
    return name ?? '';
  }
}
