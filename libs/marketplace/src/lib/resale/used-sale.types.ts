import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Money } from '@flagship/api-core';
import { FundsStatus, OrderPartStatus } from '../order-parts/order-part.entity';
import { Claim } from './claim.entity';
import { UsedSaleStage } from './resale.types';
import { UsedItem } from './used-item.entity';

/** A used item's sale as its seller, its buyer or a brand manager sees it: its order part, handover and held money. */
@ObjectType({ description: 'A used item’s sale: handover, held money and any claim (seller, buyer and brand managers).' })
export class UsedSale {
  @Field(() => ID, { description: 'The order part’s id.' })
  partId!: string;

  @Field(() => ID)
  orderId!: string;

  @Field(() => UsedItem)
  item!: UsedItem;

  @Field(() => UsedSaleStage)
  stage!: UsedSaleStage;

  @Field(() => OrderPartStatus)
  partStatus!: OrderPartStatus;

  @Field(() => FundsStatus)
  fundsStatus!: FundsStatus;

  @Field(() => Money, { description: 'What the buyer paid for it (with its share of shipping).' })
  paid!: Money;

  @Field(() => Money, { nullable: true, description: 'What its seller receives after the platform fee (the seller and brand managers only).' })
  sellerNet!: Money | null;

  @Field(() => Date, { nullable: true })
  shippedAt!: Date | null;

  @Field(() => String, { nullable: true })
  trackingCode!: string | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The claim window ends then: the money goes to the seller unless a claim is opened first.' })
  releaseAfter!: Date | null;

  @Field(() => Date, { nullable: true })
  receivedAt!: Date | null;

  @Field(() => Claim, { nullable: true })
  claim!: Claim | null;

  @Field({ description: 'The viewer sold it.' })
  viewerIsSeller!: boolean;

  @Field({ description: 'The viewer bought it.' })
  viewerIsBuyer!: boolean;

  @Field({ description: 'The buyer may still confirm receipt or open a claim.' })
  claimable!: boolean;
}
