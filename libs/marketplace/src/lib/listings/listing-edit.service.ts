import { Injectable } from '@nestjs/common';
import { OrganisationKind, OrganisationService } from '@flagship/accounts';
import { DomainError, ErrorCode, badInput, isUuid, notFound, type Viewer } from '@flagship/api-core';
import { OfferKind, ProductImageService, ProductService, ProductVariant, ProductVariantService, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Vendor, VendorStatus } from '../vendors/vendor.entity';
import type { CreateVendorListingInput, UpdateListingInput } from './dto/listing.inputs';
import { Listing, ListingStatus, type ListingRevision } from './listing.entity';
import { ListingEvents } from './listing.events';
import { ListingPhotoService } from './listing-photo.service';
import { ListingPolicy } from './listing.policy';
import { ListingService } from './listing.service';

/**
 * What sellers do to their listings after the first review (decision 0038). On an APPROVED listing a
 * new title or price waits in `pendingRevision` (the approved version stays on sale at its price);
 * description, specs, photos and stock apply at once. A listing still waiting (or REJECTED) changes
 * directly, and a REJECTED one goes back to review.
 */
@Injectable()
export class ListingEditService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly listings: ListingService,
    private readonly products: ProductService,
    private readonly variants: ProductVariantService,
    private readonly images: ProductImageService,
    private readonly photos: ListingPhotoService,
    private readonly events: EventLog,
    private readonly organisations: OrganisationService,
  ) {}

  /** A vendor's new goods, priced in the brand's currency, with the uploads as its photos: PENDING_REVIEW. */
  async createVendorListing(viewer: Viewer, vendorId: string, input: CreateVendorListingInput): Promise<Listing> {
    ListingPolicy.authorize(viewer, 'manage', { sellerKind: SellerKind.VENDOR, sellerId: vendorId }, { field: 'vendorId' });
    return this.connection.withTransaction(async () => {
      // The organisation is the seller (accounts owns it); its `vendor` row, when there is one, says whether it is suspended.
      const organisation = await this.organisations.findById(vendorId);
      if (!organisation || organisation.kind !== OrganisationKind.VENDOR) throw new DomainError(ErrorCode.NOT_FOUND, 'This vendor does not exist', 'vendorId');
      const vendor = await this.connection.getRepository(Vendor).findOneBy({ id: vendorId });
      const { listing, product } = await this.listings.create(viewer, { kind: SellerKind.VENDOR, id: vendorId }, OfferKind.GOODS, {
        title: input.title,
        description: input.description,
        categoryId: input.categoryId,
        currency: await this.brandCurrency(),
        specs: input.specs ?? [],
        variants: input.variants,
      });
      // A suspended vendor may prepare listings; they stay hidden with the rest until the suspension ends.
      if (vendor?.status === VendorStatus.SUSPENDED) await this.products.setSellerHidden(SellerKind.VENDOR, vendorId, true);
      await this.photos.attach(product.id, viewer.accountId, input.photoIds ?? []);
      return listing;
    });
  }

  async update(viewer: Viewer, productId: string, input: UpdateListingInput): Promise<Listing> {
    return this.connection.withTransaction(async () => {
      const listing = ListingPolicy.authorize(viewer, 'manage', await this.listings.lock(productId), { field: 'productId' });
      if (listing.status === ListingStatus.WITHDRAWN || listing.status === ListingStatus.BLOCKED) {
        throw new DomainError(ErrorCode.CONFLICT, `This listing is ${listing.status.toLowerCase()}: it can no longer be changed`, 'productId');
      }
      const product = await this.products.get(productId);
      const direct: { name?: string; description?: string; specs?: { label: string; value: string }[] } = {};
      if (input.description !== undefined && input.description !== null) direct.description = input.description;
      if (input.specs !== undefined && input.specs !== null) direct.specs = input.specs;
      const changes: Partial<Listing> = {};

      if (listing.status === ListingStatus.APPROVED) {
        const { revision, changed } = await this.revisionAfter(listing, product.name, input);
        if (changed) {
          changes.pendingRevision = revision;
          if (revision) {
            changes.submittedAt = new Date();
            changes.reviewReason = null;
            await this.events.record(ListingEvents.revisionSubmitted, {
              actorId: viewer.accountId,
              subjectId: productId,
              payload: { ...this.listings.sellerOf(listing), title: revision.title ?? null, priceMinor: revision.priceMinor ?? null },
            });
          }
        }
      } else {
        if (input.title !== undefined && input.title !== null) direct.name = input.title;
        if (input.priceMinor !== undefined && input.priceMinor !== null) await this.variants.setOfferPrice(productId, input.priceMinor);
        if (listing.status === ListingStatus.REJECTED) {
          Object.assign(changes, { status: ListingStatus.PENDING_REVIEW, submittedAt: new Date() });
          await this.events.record(ListingEvents.submitted, { actorId: viewer.accountId, subjectId: productId, payload: this.listings.sellerOf(listing) });
        }
      }

      if (Object.keys(direct).length) await this.products.updateOffer(productId, direct);
      if (!(input.removeImageIds ?? []).every(isUuid)) throw badInput('removeImageIds', 'This product has no such photo');
      for (const imageId of input.removeImageIds ?? []) await this.images.removeFromOffer(viewer.accountId, productId, imageId);
      await this.photos.attach(productId, viewer.accountId, input.photoIds ?? []);
      if (Object.keys(changes).length) await this.connection.getRepository(Listing).update({ productId }, changes);
      return this.connection.getRepository(Listing).findOneByOrFail({ productId });
    });
  }

  /** Restocks a variant of the seller's own listing, at once (stock is never reviewed). */
  async setStock(viewer: Viewer, variantId: string, stock: number): Promise<ProductVariant> {
    return this.connection.withTransaction(async () => {
      const variant = await this.connection.getRepository(ProductVariant).findOneBy({ id: variantId });
      if (!variant) throw notFound('Variant');
      const listing = ListingPolicy.authorize(viewer, 'manage', await this.listings.lock(variant.productId), { message: 'Variant was not found', field: 'variantId' });
      if (listing.offerKind === OfferKind.SERVICE) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A service has places per slot, not stock', 'variantId');
      if (listing.status === ListingStatus.WITHDRAWN) throw new DomainError(ErrorCode.CONFLICT, 'This listing is withdrawn', 'variantId');
      return this.variants.setOfferStock(variantId, stock);
    });
  }

  /**
   * The pending revision once `input` is applied to an approved listing: each of title and price that
   * differs from the version on sale waits for review; one the seller set back to the approved value
   * drops out. Null when nothing is left to review.
   */
  private async revisionAfter(listing: Listing, approvedTitle: string, input: UpdateListingInput): Promise<{ revision: ListingRevision | null; changed: boolean }> {
    const pending = listing.pendingRevision ?? {};
    let title = pending.title ?? null;
    let priceMinor = pending.priceMinor ?? null;
    if (input.title !== undefined && input.title !== null) title = input.title === approvedTitle ? null : input.title;
    if (input.priceMinor !== undefined && input.priceMinor !== null) {
      const prices = await this.connection.getRepository(ProductVariant).find({ where: { productId: listing.productId }, select: { priceMinor: true } });
      priceMinor = prices.every((variant) => variant.priceMinor === input.priceMinor) ? null : input.priceMinor;
    }
    const changed = title !== (pending.title ?? null) || priceMinor !== (pending.priceMinor ?? null);
    if (title === null && priceMinor === null) return { revision: null, changed };
    return { revision: { title, priceMinor, submittedAt: !changed && pending.submittedAt ? pending.submittedAt : new Date().toISOString() }, changed };
  }

  /** The shop's currency: vendors price in it (the brand's row; the marketplace reads it, it does not own it). */
  private async brandCurrency(): Promise<string> {
    const [brand]: { currency: string }[] = await this.connection.manager.query(`SELECT currency FROM brand ORDER BY created_at LIMIT 1`);
    return brand?.currency ?? 'EUR';
  }
}
