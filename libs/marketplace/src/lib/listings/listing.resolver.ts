import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Public, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Product, ProductVariant, SellerKind } from '@flagship/catalog';
import { CreateVendorListingInput, ReviewQueueArgs, SellerListingsArgs, UpdateListingInput } from './dto/listing.inputs';
import { ListingEditService } from './listing-edit.service';
import { ListingConnection, ListingQueryService } from './listing-query.service';
import { ListingRevisionService } from './listing-revision.service';
import { Listing } from './listing.entity';
import { ListingPolicy } from './listing.policy';
import { ListingService } from './listing.service';

/** Sellers' listings and the brand managers' review of them (decision 0038). Thin: the rules are the services'. */
@Resolver(() => Listing)
export class ListingResolver {
  constructor(
    private readonly listings: ListingService,
    private readonly edits: ListingEditService,
    private readonly revisions: ListingRevisionService,
    private readonly queries: ListingQueryService,
  ) {}

  @Authenticated()
  @Guards(ListingPolicy, 'manage')
  @Mutation(() => Listing, { description: 'List a product for a vendor you work for: it waits for a brand manager’s review.' })
  createVendorListing(@CurrentViewer() viewer: Viewer, @IdArg('vendorId') vendorId: string, @Args('input') input: CreateVendorListingInput): Promise<Listing> {
    return this.edits.createVendorListing(viewer, vendorId, input);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'manage')
  @Mutation(() => Listing, { description: 'Change your listing. On an approved one a new title or price waits for review; the rest applies at once.' })
  updateListing(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string, @Args('input') input: UpdateListingInput): Promise<Listing> {
    return this.edits.update(viewer, productId, input);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'manage')
  @Mutation(() => ProductVariant, { description: 'Set the stock of a variant of your listing (applies at once).' })
  setListingStock(@CurrentViewer() viewer: Viewer, @IdArg('variantId') variantId: string, @Args('stock', { type: () => Int }) stock: number): Promise<ProductVariant> {
    return this.edits.setStock(viewer, variantId, stock);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'manage')
  @Mutation(() => Listing, { description: 'Take your listing off sale.' })
  withdrawListing(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string): Promise<Listing> {
    return this.listings.withdraw(viewer, productId);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'list')
  @Query(() => ListingConnection, { description: 'A vendor’s listings in any state, newest first: for its own people.' })
  sellerListings(@CurrentViewer() viewer: Viewer, @Args() args: SellerListingsArgs): Promise<ListingConnection> {
    return this.queries.sellerListings(viewer, { sellerKind: SellerKind.VENDOR, sellerId: args.vendorId }, args);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'read')
  @Query(() => Listing, { description: 'One listing with its review state: for its seller and brand managers.' })
  listing(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string): Promise<Listing> {
    return this.listings.getVisible(viewer, productId);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'review')
  @Query(() => ListingConnection, { description: 'New listings and pending revisions waiting for a brand manager, the longest waiting first.' })
  listingReviewQueue(@CurrentViewer() viewer: Viewer, @Args() args: ReviewQueueArgs): Promise<ListingConnection> {
    return this.queries.reviewQueue(viewer, args);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'review')
  @Mutation(() => Listing, { description: 'Approve a listing: its product goes on sale.' })
  approveListing(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string): Promise<Listing> {
    return this.listings.approve(viewer, productId);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'review')
  @Mutation(() => Listing, { description: 'Reject a listing with a reason its seller reads (an approved one goes off sale).' })
  rejectListing(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string, @Args('reason') reason: string): Promise<Listing> {
    return this.listings.reject(viewer, productId, reason);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'review')
  @Mutation(() => Listing, { description: 'Approve the pending title and price: they apply to the product and every variant.' })
  approveListingRevision(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string): Promise<Listing> {
    return this.revisions.approve(viewer, productId);
  }

  @Authenticated()
  @Guards(ListingPolicy, 'review')
  @Mutation(() => Listing, { description: 'Decline the pending change with a reason; the approved version stays as it is.' })
  declineListingRevision(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string, @Args('reason') reason: string): Promise<Listing> {
    return this.revisions.decline(viewer, productId, reason);
  }

  @ResolveField(() => Product, { description: 'The product in any state (the listing is its seller’s or a brand manager’s to see).' })
  async product(@Parent() listing: Listing, @Loaders() loaders: RequestLoaders): Promise<Product> {
    return (await this.queries.productOf(loaders, listing.productId))!;
  }

  @ResolveField(() => String, { description: 'The vendor’s (or reselling member’s) name.' })
  sellerName(@Parent() listing: Listing, @Loaders() loaders: RequestLoaders): Promise<string> {
    return this.queries.sellerNameOf(loaders, listing);
  }
}

/** `Product.listing`: the review state of a seller's product, for its seller and brand managers only. */
@Resolver(() => Product)
export class ProductListingFieldResolver {
  constructor(private readonly queries: ListingQueryService) {}

  @Public()
  @ResolveField(() => Listing, { nullable: true, description: 'Its listing’s review state: for its seller and brand managers; null for everyone else (and for the brand’s own products).' })
  listing(@Parent() product: Product, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<Listing | null> {
    return this.queries.listingOf(loaders, viewer, product.id);
  }
}
