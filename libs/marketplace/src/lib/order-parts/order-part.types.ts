import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, Money, SafeInt } from '@flagship/api-core';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { OrderPart, OrderPartStatus } from './order-part.entity';
import { OrderPartRefundStatus } from './order-part-refund.entity';

@ObjectType({ description: 'What a part earns its seller: for the seller and brand managers only, never the buyer.' })
export class OrderPartEarnings {
  @Field(() => Money, { description: 'What the buyer paid for the part (its goods and its share of shipping and tax).' })
  gross!: Money;

  @Field(() => Money, { description: 'The commission fixed when the order was placed.' })
  commission!: Money;

  @Field(() => Int, { description: 'The commission rate applied, in basis points (the effective rate when several rules applied).' })
  commissionBp!: number;

  @Field(() => Money)
  refunded!: Money;

  @Field(() => Money, { description: 'Commission given back with refunds.' })
  commissionRefunded!: Money;

  @Field(() => Money, { description: 'What the seller keeps: gross − commission − (refunded − commission refunded).' })
  net!: Money;
}

@ObjectType({ description: 'Where to send a part’s goods: the buyer’s shipping address, for the seller.' })
export class OrderPartShipTo {
  @Field()
  name!: string;

  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field()
  postcode!: string;

  @Field()
  city!: string;

  @Field()
  country!: string;
}

@ObjectType({ description: 'A refund of one order part.' })
export class OrderPartRefundView {
  @Field(() => ID)
  id!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => OrderPartRefundStatus)
  status!: OrderPartRefundStatus;

  @Field()
  reason!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class OrderPartConnection extends ConnectionType(OrderPart, 'OrderPartConnection') {}

@ArgsType()
export class VendorOrderPartsArgs {
  @Field(() => ID)
  @IsUUID()
  vendorId!: string;

  @Field(() => OrderPartStatus, { nullable: true })
  @IsOptional()
  status?: OrderPartStatus;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class RefundOrderPartArgs {
  @Field(() => ID)
  @IsUUID()
  partId!: string;

  @Field(() => SafeInt, { description: 'Minor units, at most what is left on the part.' })
  @IsInt()
  amountMinor!: number;

  @Field(() => ID, { description: 'A fresh UUID per refund, reused when retrying it: the same key refunds once.' })
  @IsUUID()
  refundKey!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class CancelOrderPartArgs {
  @Field(() => ID)
  @IsUUID()
  partId!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}
