import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type Viewer } from '@flagship/api-core';
import { ProductService, ProductVariantService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Listing, ListingStatus } from './listing.entity';
import { ListingEvents } from './listing.events';
import { ListingPolicy } from './listing.policy';
import { ListingService, reviewReason } from './listing.service';

/**
 * A brand manager's decision on a pending revision of an approved listing (decision 0038): approved,
 * its title goes to the product and its price to every variant, in one transaction; declined, the
 * approved version stays as it was and the seller reads why.
 */
@Injectable()
export class ListingRevisionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly listings: ListingService,
    private readonly products: ProductService,
    private readonly variants: ProductVariantService,
    private readonly events: EventLog,
  ) {}

  async approve(viewer: Viewer, productId: string): Promise<Listing> {
    return this.connection.withTransaction(async () => {
      const listing = this.pendingRevisionOf(ListingPolicy.authorize(viewer, 'review', await this.listings.lock(productId), { field: 'productId' }));
      const revision = listing.pendingRevision!;
      if (revision.title) await this.products.updateOffer(productId, { name: revision.title });
      if (revision.priceMinor !== null && revision.priceMinor !== undefined) await this.variants.setOfferPrice(productId, revision.priceMinor);
      await this.connection
        .getRepository(Listing)
        .update({ productId }, { pendingRevision: null, reviewedBy: viewer.accountId, reviewedAt: new Date(), reviewReason: null });
      await this.events.record(ListingEvents.revisionApproved, {
        actorId: viewer.accountId,
        subjectId: productId,
        payload: { ...this.listings.sellerOf(listing), title: revision.title ?? null, priceMinor: revision.priceMinor ?? null },
      });
      return this.connection.getRepository(Listing).findOneByOrFail({ productId });
    });
  }

  async decline(viewer: Viewer, productId: string, reason: string): Promise<Listing> {
    const text = reviewReason(reason);
    return this.connection.withTransaction(async () => {
      const listing = this.pendingRevisionOf(ListingPolicy.authorize(viewer, 'review', await this.listings.lock(productId), { field: 'productId' }));
      await this.connection
        .getRepository(Listing)
        .update({ productId }, { pendingRevision: null, reviewedBy: viewer.accountId, reviewedAt: new Date(), reviewReason: text });
      await this.events.record(ListingEvents.revisionDeclined, { actorId: viewer.accountId, subjectId: productId, payload: { ...this.listings.sellerOf(listing), reason: text } });
      return this.connection.getRepository(Listing).findOneByOrFail({ productId });
    });
  }

  private pendingRevisionOf(listing: Listing): Listing {
    if (listing.status !== ListingStatus.APPROVED || !listing.pendingRevision) {
      throw new DomainError(ErrorCode.CONFLICT, 'This listing has no change waiting for review', 'productId');
    }
    return listing;
  }
}
