import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import { ListingStatus } from '../listings/listing.entity';
import { OrderPartStatus } from '../order-parts/order-part.entity';
import { DashboardPeriod } from './dashboard-period';

@ObjectType({ description: 'How many listings are in one review state.' })
export class ListingStatusCount {
  @Field(() => ListingStatus)
  status!: ListingStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many order parts are in one state.' })
export class OrderPartStatusCount {
  @Field(() => OrderPartStatus)
  status!: OrderPartStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Sales of order parts paid in a period, refunds of those parts included: gross − refunds = commission + net.' })
export class SalesFigures {
  @Field(() => Int, { description: 'Order parts paid in the period.' })
  parts!: number;

  @Field(() => Money, { description: 'What buyers paid for those parts (goods and their share of shipping and tax).' })
  gross!: Money;

  @Field(() => Money, { description: 'The commission kept, after the share given back with refunds.' })
  commission!: Money;

  @Field(() => Money, { description: 'What the seller earned: gross − refunds − commission.' })
  net!: Money;

  @Field(() => Money, { description: 'Refunded to buyers so far on those parts.' })
  refunds!: Money;
}

@ObjectType({ description: 'What the platform owes a vendor now, from the ledger.' })
export class VendorBalance {
  @Field(() => Money, { description: 'The seller account: earned and not yet paid out.' })
  owed!: Money;

  @Field(() => Money, { description: 'Held until sales settle (used items in a claim window; vendors rarely have any).' })
  held!: Money;
}

@ObjectType({ description: 'Buyers’ ratings of the vendor’s products.' })
export class RatingFigures {
  @Field(() => Float, { nullable: true, description: 'The average over every rating of every product (weighted by count); null with no ratings.' })
  average!: number | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Products with at least one rating.' })
  ratedProducts!: number;
}

@ObjectType({ description: 'The vendor’s customers: how many the platform brought (a scorecard input).' })
export class CustomerFigures {
  @Field(() => Int, { description: 'Buyers with a part paid in the period.' })
  customers!: number;

  @Field(() => Int, { description: 'Buyers whose first paid part from this vendor falls in the period.' })
  newCustomers!: number;

  @Field(() => Int, { description: 'Buyers with a part paid in the period who have paid for more than one order from this vendor.' })
  repeatCustomers!: number;

  @Field(() => Int, { description: 'Every buyer who ever paid this vendor.' })
  allTime!: number;
}

@ObjectType({ description: 'A vendor’s figures for its own people and brand managers.' })
export class VendorDashboard {
  @Field(() => ID)
  vendorId!: string;

  @Field()
  vendorName!: string;

  @Field(() => DashboardPeriod)
  period!: DashboardPeriod;

  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field({ description: 'The currency of every amount here (the shop’s).' })
  currency!: string;

  @Field(() => [ListingStatusCount], { description: 'Listings by review state (states with none are left out).' })
  listings!: ListingStatusCount[];

  @Field(() => Int, { description: 'Approved listings with a change waiting for review.' })
  listingsWithPendingRevision!: number;

  @Field(() => [OrderPartStatusCount], { description: 'Every order part ever, by state (states with none are left out).' })
  orderParts!: OrderPartStatusCount[];

  @Field(() => Int, { description: 'Paid parts waiting to be fulfilled.' })
  partsToFulfil!: number;

  @Field(() => SalesFigures)
  sales!: SalesFigures;

  @Field(() => VendorBalance)
  balance!: VendorBalance;

  @Field(() => RatingFigures)
  ratings!: RatingFigures;

  @Field(() => CustomerFigures)
  customers!: CustomerFigures;
}

@ObjectType({ description: 'Sales of one kind of seller in a period.' })
export class SellerKindSales {
  @Field(() => SellerKind)
  sellerKind!: SellerKind;

  @Field(() => SalesFigures)
  sales!: SalesFigures;
}

@ObjectType({ description: 'One vendor’s line in the marketplace summary.' })
export class VendorSummaryLine {
  @Field(() => ID)
  vendorId!: string;

  @Field()
  name!: string;

  @Field({ description: 'ACTIVE or SUSPENDED.' })
  status!: string;

  @Field(() => SalesFigures)
  sales!: SalesFigures;

  @Field(() => Int, { description: 'Buyers whose first paid part from this vendor falls in the period.' })
  newCustomers!: number;
}

@ObjectType({ description: 'The marketplace for brand managers: the commission it earns, sales by seller kind, vendors and the customers it brings them.' })
export class MarketplaceSummary {
  @Field(() => DashboardPeriod)
  period!: DashboardPeriod;

  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field()
  currency!: string;

  @Field(() => Money, { description: 'Commission and fees booked on the ledger’s platform:commission account in the period (refunds net).' })
  commissionEarned!: Money;

  @Field(() => Money, { description: 'The platform:commission account’s balance, all time.' })
  commissionAllTime!: Money;

  @Field(() => [SellerKindSales], { description: 'Sales by kind of seller: the brand, vendors, members (every kind, zero included).' })
  salesBySellerKind!: SellerKindSales[];

  @Field(() => Int, { description: 'Vendors not suspended.' })
  activeVendors!: number;

  @Field(() => Int, { description: 'Vendors with a part paid in the period.' })
  sellingVendors!: number;

  @Field(() => Int, { description: 'First purchases from a vendor in the period, summed over vendors (a buyer new to two vendors counts twice).' })
  newVendorCustomers!: number;

  @Field(() => [VendorSummaryLine], { description: 'Every vendor, the best selling in the period first.' })
  vendors!: VendorSummaryLine[];
}
