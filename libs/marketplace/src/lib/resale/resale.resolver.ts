import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, ConnectionType, CurrentViewer, ManualTransactions, Guards, IdArg, Loaders, Money, Public, money, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Product, ProductImage } from '@flagship/catalog';
import { ListingStatus } from '../listings/listing.entity';
import { DecideClaimInput, ListUsedItemInput, OpenClaimInput, UpdateUsedItemInput } from './dto/resale.inputs';
import { Claim } from './claim.entity';
import { StolenBikePolicy, UsedItemPolicy, UsedSalePolicy } from './resale.policy';
import { UsedItemKind } from './resale.types';
import { SellerAttestation } from './seller-attestation.entity';
import { maskSerial } from './serial';
import { StolenBike } from './stolen-bike.entity';
import { StolenBikeImportResult, StolenBikeService } from './stolen-bike.service';
import { UsedItem } from './used-item.entity';
import { UsedItemService } from './used-item.service';
import { UsedSale } from './used-sale.types';
import { UsedSaleService } from './used-sale.service';

const UsedItemConnection = ConnectionType(UsedItem, 'UsedItemConnection');

/** Resale's queries and mutations (decision 0042). Thin: the rules are the services'. */
@Resolver(() => UsedItem)
export class ResaleResolver {
  constructor(
    private readonly items: UsedItemService,
    private readonly sales: UsedSaleService,
    private readonly stolen: StolenBikeService,
  ) {}

  @Authenticated()
  @Mutation(() => SellerAttestation, { description: 'Confirm that you are an adult: needed to sell used items and receive payouts.' })
  confirmAdultSeller(@CurrentViewer() viewer: Viewer): Promise<SellerAttestation> {
    return this.items.confirmAdult(viewer);
  }

  @Authenticated()
  @Query(() => SellerAttestation, { nullable: true, description: 'Your adult confirmation, or null.' })
  mySellerAttestation(@CurrentViewer() viewer: Viewer): Promise<SellerAttestation | null> {
    return this.items.attestationOf(viewer.accountId);
  }

  @Authenticated()
  @Guards(UsedItemPolicy, 'manage')
  @Mutation(() => UsedItem, { description: 'List a used bike or part; a bike’s serial on the stolen-bike list is refused (STOLEN_SERIAL).' })
  listUsedItem(@CurrentViewer() viewer: Viewer, @Args('input') input: ListUsedItemInput): Promise<UsedItem> {
    return this.items.list(viewer, input);
  }

  @Authenticated()
  @Guards(UsedItemPolicy, 'manage')
  @Mutation(() => UsedItem, { description: 'Change your unsold used item.' })
  updateUsedItem(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateUsedItemInput): Promise<UsedItem> {
    return this.items.update(viewer, input);
  }

  @Authenticated()
  @Guards(UsedItemPolicy, 'manage')
  @Mutation(() => UsedItem, { description: 'Take your unsold used item off the market.' })
  withdrawUsedItem(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string): Promise<UsedItem> {
    return this.items.withdraw(viewer, productId);
  }

  @Authenticated()
  @Query(() => [UsedItem], { description: 'Your used items, newest first.' })
  myUsedItems(@CurrentViewer() viewer: Viewer): Promise<UsedItem[]> {
    return this.items.mine(viewer);
  }

  @Public()
  @Query(() => UsedItemConnection, { description: 'The used market: items for sale, newest first.' })
  usedItems(
    @Args('kind', { type: () => UsedItemKind, nullable: true }) kind: UsedItemKind | null,
    @Args('first', { type: () => Int, defaultValue: 24 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.items.market(kind ?? null, Math.min(Math.max(first, 1), 60), after ?? null);
  }

  @Authenticated()
  @Query(() => [UsedSale], { description: 'Your used items that sold, newest first.' })
  myUsedSales(@CurrentViewer() viewer: Viewer): Promise<UsedSale[]> {
    return this.sales.mySales(viewer);
  }

  @Authenticated()
  @Guards(UsedSalePolicy, 'read')
  @Query(() => [UsedSale], { description: 'Used items bought on your order (empty for another’s order).' })
  usedSalesOfOrder(@CurrentViewer() viewer: Viewer, @IdArg('orderId') orderId: string): Promise<UsedSale[]> {
    return this.sales.ofOrder(viewer, orderId);
  }

  @Authenticated()
  @Guards(UsedSalePolicy, 'ship')
  @Mutation(() => UsedSale, { description: 'The seller marks a sold used item shipped.' })
  markUsedItemShipped(
    @CurrentViewer() viewer: Viewer,
    @IdArg('partId') partId: string,
    @Args('tracking', { type: () => String, nullable: true }) tracking: string | null,
  ): Promise<UsedSale> {
    return this.sales.markShipped(viewer, partId, tracking?.trim() ? tracking.trim().slice(0, 100) : null);
  }

  @Authenticated()
  @Guards(UsedSalePolicy, 'deliver')
  @Mutation(() => UsedSale, { description: 'Seller or buyer: it arrived. The claim window starts.' })
  markUsedItemDelivered(@CurrentViewer() viewer: Viewer, @IdArg('partId') partId: string): Promise<UsedSale> {
    return this.sales.markDelivered(viewer, partId);
  }

  @Authenticated()
  @Guards(UsedSalePolicy, 'receive')
  @Mutation(() => UsedSale, { description: 'The buyer confirms receipt: the money goes to the seller now.' })
  confirmUsedItemReceived(@CurrentViewer() viewer: Viewer, @IdArg('partId') partId: string): Promise<UsedSale> {
    return this.sales.confirmReceived(viewer, partId);
  }

  @Authenticated()
  @Guards(UsedSalePolicy, 'receive')
  @Mutation(() => Claim, { description: 'The buyer opens a claim within the claim window: the money is frozen for a brand manager to decide.' })
  openClaim(@CurrentViewer() viewer: Viewer, @Args('input') input: OpenClaimInput): Promise<Claim> {
    return this.sales.openClaim(viewer, input.partId, input.reason, input.details);
  }

  @Authenticated()
  @Guards(UsedSalePolicy, 'decide')
  // A refund asks the payment provider, which never happens inside a transaction: the service runs its own.
  @ManualTransactions()
  @Mutation(() => Claim, { description: 'Refund the buyer or release the money to the seller.' })
  decideClaim(@CurrentViewer() viewer: Viewer, @Args('input') input: DecideClaimInput): Promise<Claim> {
    return this.sales.decideClaim(viewer, input.claimId, input.outcome, input.note);
  }

  @Authenticated()
  @Guards(UsedSalePolicy, 'decide')
  @Query(() => [UsedSale], { description: 'Sales under a claim: open ones oldest first (or every claim, newest first).' })
  claimQueue(@CurrentViewer() viewer: Viewer, @Args('includeDecided', { defaultValue: false }) includeDecided: boolean): Promise<UsedSale[]> {
    return this.sales.claimQueue(viewer, includeDecided);
  }

  @Authenticated()
  @Guards(StolenBikePolicy, 'manage')
  @Mutation(() => StolenBikeImportResult, { description: 'Import stolen frame serials from CSV (a `serial` column; `note` optional).' })
  importStolenBikes(@CurrentViewer() viewer: Viewer, @Args('csv') csv: string): Promise<StolenBikeImportResult> {
    return this.stolen.import(viewer, csv);
  }

  @Authenticated()
  @Mutation(() => StolenBike, { description: 'Report your own bike stolen: its serial can no longer be sold here.' })
  reportStolenBike(
    @CurrentViewer() viewer: Viewer,
    @Args('serial') serial: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<StolenBike> {
    return this.stolen.report(viewer, serial, note ? note.trim().slice(0, 300) || null : null);
  }

  @Authenticated()
  @Guards(StolenBikePolicy, 'manage')
  @Query(() => [StolenBike], { description: 'The stolen-bike list, newest first.' })
  stolenBikes(@CurrentViewer() viewer: Viewer, @Args('first', { type: () => Int, defaultValue: 100 }) first: number): Promise<StolenBike[]> {
    return this.stolen.list(viewer, Math.min(Math.max(first, 1), 500));
  }

  @ResolveField(() => Product, { nullable: true, description: 'Its catalog product (photos, price, stock).' })
  product(@Parent() item: UsedItem, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<Product | null> {
    return this.items.product(loaders, viewer, item);
  }

  @ResolveField(() => String, { nullable: true, description: 'Its product’s name (for cards: the market query stays shallow).' })
  async title(@Parent() item: UsedItem, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    return (await this.items.product(loaders, viewer, item))?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Its product’s slug: its page is /used/:slug.' })
  async slug(@Parent() item: UsedItem, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    return (await this.items.product(loaders, viewer, item))?.slug ?? null;
  }

  @ResolveField(() => Money, { nullable: true, description: 'The asking price.' })
  async price(@Parent() item: UsedItem, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<Money | null> {
    const product = await this.items.product(loaders, viewer, item);
    return product?.minPriceMinor != null ? money(product.minPriceMinor, product.currency) : null;
  }

  @ResolveField(() => ProductImage, { nullable: true, description: 'Its main photo.' })
  async photo(@Parent() item: UsedItem, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<ProductImage | null> {
    return (await this.items.product(loaders, viewer, item)) ? this.items.mainPhoto(loaders, item.productId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The frame serial with all but its last three characters hidden.' })
  frameSerialMasked(@Parent() item: UsedItem): string | null {
    return item.frameSerial ? maskSerial(item.frameSerial) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The whole frame serial (its seller and brand managers only).' })
  frameSerial(@Parent() item: UsedItem, @CurrentViewer() viewer: Viewer | undefined): string | null {
    return UsedItemPolicy.can(viewer, 'read', item) ? item.frameSerial : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The seller’s member name (their page: /members/:sellerId).' })
  sellerName(@Parent() item: UsedItem, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    return this.items.sellerName(loaders, item.sellerId);
  }

  @ResolveField(() => ListingStatus, { nullable: true, description: 'Its listing’s state (its seller and brand managers only).' })
  async listingStatus(@Parent() item: UsedItem, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<ListingStatus | null> {
    return UsedItemPolicy.can(viewer, 'read', item) ? this.items.listingStatus(loaders, item.productId) : null;
  }

  @ResolveField(() => Boolean)
  sold(@Parent() item: UsedItem): boolean {
    return item.soldAt !== null;
  }
}

/** `Product.usedItem`: the used item's details of a USED product, batched. */
@Resolver(() => Product)
export class ProductUsedItemResolver {
  constructor(private readonly items: UsedItemService) {}

  @ResolveField(() => UsedItem, { nullable: true, description: 'A member’s used item’s details (condition, size, year); null for other products.' })
  usedItem(@Parent() product: Product, @Loaders() loaders: RequestLoaders): Promise<UsedItem | null> | null {
    return product.offerKind === 'USED' ? this.items.forProduct(loaders, product.id) : null;
  }
}

