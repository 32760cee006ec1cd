import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type Viewer } from '@flagship/api-core';
import { ProductService, ProductStatus, type OfferKind, type Product } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import type { SellerRef } from '../ledger/ledger-accounts';
import { Listing, ListingStatus } from './listing.entity';
import { ListingPolicy } from './listing.policy';

/** What a seller lists: the product's fields (as the catalog takes them) and its variants. */
export interface NewListing {
  title: string;
  description: string;
  categoryId: string;
  currency: string;
  variants: { name: string; priceMinor: number; stock: number; size?: string | null; colour?: string | null; sku?: string }[];
  specs?: { label: string; value: string }[];
}

/**
 * Listings of vendors and members (decision 0035): each is a catalog product of its seller, DRAFT until
 * a brand manager approves it (then PUBLISHED). Services (bookings) and used items (resale) are listed
 * through `create` too, with their own details in their own tables.
 */
@Injectable()
export class ListingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly products: ProductService,
  ) {}

  /** A new listing, PENDING_REVIEW, its product a DRAFT. The viewer must be its seller (`ListingPolicy.manage`). */
  async create(viewer: Viewer, seller: SellerRef & { id: string }, offerKind: OfferKind, input: NewListing): Promise<{ listing: Listing; product: Product }> {
    ListingPolicy.authorize(viewer, 'manage', { sellerKind: seller.kind, sellerId: seller.id });
    return this.connection.withTransaction(async () => {
      const product = await this.products.createOffer({
        name: input.title,
        description: input.description,
        categoryId: input.categoryId,
        currency: input.currency,
        specs: input.specs ?? [],
        variants: input.variants.map((variant, index) => ({
          sku: variant.sku ?? `${offerKind.slice(0, 1)}-${Date.now().toString(36)}-${index + 1}`.toUpperCase(),
          name: variant.name,
          priceMinor: variant.priceMinor,
          stock: variant.stock,
          size: variant.size ?? null,
          colour: variant.colour ?? null,
        })),
        sellerKind: seller.kind,
        sellerId: seller.id,
        offerKind,
      });
      const repository = this.connection.getRepository(Listing);
      const listing = await repository.save(
        repository.create({ productId: product.id, sellerKind: seller.kind, sellerId: seller.id, offerKind, status: ListingStatus.PENDING_REVIEW }),
      );
      return { listing, product };
    });
  }

  /** A listing as the viewer may see it (its seller, brand managers); NOT_FOUND otherwise. */
  async getVisible(viewer: Viewer, productId: string): Promise<Listing> {
    return ListingPolicy.authorize(viewer, 'read', await this.connection.getRepository(Listing).findOneBy({ productId }));
  }

  /** A brand manager approves a listing: its product is published (unless its seller is suspended: then it shows when lifted). */
  async approve(viewer: Viewer, productId: string): Promise<Listing> {
    return this.connection.withTransaction(async () => {
      const listing = ListingPolicy.authorize(viewer, 'review', await this.lock(productId));
      if (listing.status !== ListingStatus.PENDING_REVIEW && listing.status !== ListingStatus.REJECTED) {
        throw new DomainError(ErrorCode.CONFLICT, `This listing is ${listing.status.toLowerCase().replace('_', ' ')}, not waiting for review`, 'productId');
      }
      await this.products.setOfferStatus(viewer.accountId, productId, ProductStatus.PUBLISHED);
      await this.connection
        .getRepository(Listing)
        .update({ productId }, { status: ListingStatus.APPROVED, reviewedBy: viewer.accountId, reviewedAt: new Date(), reviewReason: null });
      return this.connection.getRepository(Listing).findOneByOrFail({ productId });
    });
  }

  /** A brand manager rejects a listing, with a reason its seller reads. */
  async reject(viewer: Viewer, productId: string, reason: string): Promise<Listing> {
    return this.connection.withTransaction(async () => {
      const listing = ListingPolicy.authorize(viewer, 'review', await this.lock(productId));
      if (listing.status === ListingStatus.APPROVED) await this.products.setOfferStatus(viewer.accountId, productId, ProductStatus.DRAFT);
      await this.connection
        .getRepository(Listing)
        .update({ productId }, { status: ListingStatus.REJECTED, reviewedBy: viewer.accountId, reviewedAt: new Date(), reviewReason: reason });
      return this.connection.getRepository(Listing).findOneByOrFail({ productId });
    });
  }

  /** The listing row locked for the rest of the transaction, or null. */
  async lock(productId: string): Promise<Listing | null> {
    return this.connection.getRepository(Listing).createQueryBuilder('l').setLock('pessimistic_write').where('l.product_id = :productId', { productId }).getOne();
  }
}
