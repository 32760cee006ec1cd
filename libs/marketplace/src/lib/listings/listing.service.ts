import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, type Viewer } from '@flagship/api-core';
import { ProductService, ProductStatus, type OfferKind, type Product } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import type { SellerRef } from '../ledger/ledger-accounts';
import { Listing, ListingStatus } from './listing.entity';
import { ListingEvents } from './listing.events';
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

/** A brand manager's reason (rejection, declined revision): what the seller reads. */
export function reviewReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text.length === 0) throw badInput('reason', 'Tell the seller why, so they can fix it');
  if (text.length > 500) throw badInput('reason', 'Write the reason in up to 500 characters');
  return text;
}

const statusWords = (status: ListingStatus) => status.toLowerCase().replace('_', ' ');

/**
 * Listings of vendors and members (decisions 0035, 0038): each is a catalog product of its seller, DRAFT
 * until a brand manager approves it (then PUBLISHED). Services (bookings) and used items (resale) are
 * listed through `create` too, with their own details in their own tables. Edits and revisions are
 * ListingEditService's and ListingRevisionService's.
 */
@Injectable()
export class ListingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly products: ProductService,
    private readonly events: EventLog,
  ) {}

  /** A new listing, PENDING_REVIEW, its product a DRAFT. The viewer must be its seller (`ListingPolicy.manage`). */
  async create(viewer: Viewer, seller: SellerRef & { id: string }, offerKind: OfferKind, input: NewListing): Promise<{ listing: Listing; product: Product }> {
    ListingPolicy.authorize(viewer, 'manage', { sellerKind: seller.kind, sellerId: seller.id });
    return this.connection.withTransaction(async () => {
      const run = randomUUID().slice(0, 8);
      const product = await this.products.createOffer({
        name: input.title,
        description: input.description,
        categoryId: input.categoryId,
        currency: input.currency,
        specs: input.specs ?? [],
        variants: input.variants.map((variant, index) => ({
          sku: variant.sku ?? `${offerKind.slice(0, 1)}-${run}-${index + 1}`.toUpperCase(),
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
        repository.create({ productId: product.id, sellerKind: seller.kind, sellerId: seller.id, offerKind, status: ListingStatus.PENDING_REVIEW, submittedAt: new Date() }),
      );
      await this.events.record(ListingEvents.submitted, { actorId: viewer.accountId, subjectId: product.id, payload: this.sellerOf(listing) });
      return { listing, product };
    });
  }

  /** A listing as the viewer may see it (its seller, brand managers); NOT_FOUND otherwise. */
  async getVisible(viewer: Viewer, productId: string): Promise<Listing> {
    return ListingPolicy.authorize(viewer, 'read', await this.connection.getRepository(Listing).findOneBy({ productId }), { field: 'productId' });
  }

  /** A brand manager approves a listing: its product is published (unless its seller is suspended: then it shows when lifted). */
  async approve(viewer: Viewer, productId: string): Promise<Listing> {
    return this.connection.withTransaction(async () => {
      const listing = ListingPolicy.authorize(viewer, 'review', await this.lock(productId), { field: 'productId' });
      if (listing.status !== ListingStatus.PENDING_REVIEW && listing.status !== ListingStatus.REJECTED) {
        throw new DomainError(ErrorCode.CONFLICT, `This listing is ${statusWords(listing.status)}, not waiting for review`, 'productId');
      }
      await this.products.setOfferStatus(viewer.accountId, productId, ProductStatus.PUBLISHED);
      await this.connection
        .getRepository(Listing)
        .update({ productId }, { status: ListingStatus.APPROVED, reviewedBy: viewer.accountId, reviewedAt: new Date(), reviewReason: null });
      await this.events.record(ListingEvents.approved, { actorId: viewer.accountId, subjectId: productId, payload: this.sellerOf(listing) });
      return this.connection.getRepository(Listing).findOneByOrFail({ productId });
    });
  }

  /** A brand manager rejects a listing waiting for review (or takes an approved one off sale), with a reason its seller reads. */
  async reject(viewer: Viewer, productId: string, reason: string): Promise<Listing> {
    const text = reviewReason(reason);
    return this.connection.withTransaction(async () => {
      const listing = ListingPolicy.authorize(viewer, 'review', await this.lock(productId), { field: 'productId' });
      if (listing.status !== ListingStatus.PENDING_REVIEW && listing.status !== ListingStatus.APPROVED) {
        throw new DomainError(ErrorCode.CONFLICT, `This listing is ${statusWords(listing.status)} already`, 'productId');
      }
      if (listing.status === ListingStatus.APPROVED) await this.products.setOfferStatus(viewer.accountId, productId, ProductStatus.DRAFT);
      await this.connection
        .getRepository(Listing)
        .update({ productId }, { status: ListingStatus.REJECTED, pendingRevision: null, reviewedBy: viewer.accountId, reviewedAt: new Date(), reviewReason: text });
      await this.events.record(ListingEvents.rejected, { actorId: viewer.accountId, subjectId: productId, payload: { ...this.sellerOf(listing), reason: text } });
      return this.connection.getRepository(Listing).findOneByOrFail({ productId });
    });
  }

  /**
   * Its seller takes a listing off sale: an approved one's product is archived (kept for past orders),
   * any other's goes back to a draft. A withdrawn listing stays withdrawn.
   */
  async withdraw(viewer: Viewer, productId: string): Promise<Listing> {
    return this.connection.withTransaction(async () => {
      const listing = ListingPolicy.authorize(viewer, 'manage', await this.lock(productId), { field: 'productId' });
      if (listing.status === ListingStatus.WITHDRAWN || listing.status === ListingStatus.BLOCKED) {
        throw new DomainError(ErrorCode.CONFLICT, `This listing is ${statusWords(listing.status)} already`, 'productId');
      }
      const productStatus = listing.status === ListingStatus.APPROVED ? ProductStatus.ARCHIVED : ProductStatus.DRAFT;
      await this.products.setOfferStatus(viewer.accountId, productId, productStatus);
      await this.connection.getRepository(Listing).update({ productId }, { status: ListingStatus.WITHDRAWN, pendingRevision: null });
      await this.events.record(ListingEvents.withdrawn, { actorId: viewer.accountId, subjectId: productId, payload: this.sellerOf(listing) });
      return this.connection.getRepository(Listing).findOneByOrFail({ productId });
    });
  }

  /** The listing row locked for the rest of the transaction, or null. */
  async lock(productId: string): Promise<Listing | null> {
    return this.connection.getRepository(Listing).createQueryBuilder('l').setLock('pessimistic_write').where('l.product_id = :productId', { productId }).getOne();
  }

  /** The seller fields every listing event carries. */
  sellerOf(listing: Listing): { sellerKind: Listing['sellerKind']; sellerId: string; offerKind: Listing['offerKind'] } {
    return { sellerKind: listing.sellerKind, sellerId: listing.sellerId, offerKind: listing.offerKind };
  }
}
