import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, SafeInt } from '@flagship/api-core';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { OrderStatus } from '../order-status';
import { Order } from '../order.entity';

export const OrderConnection = ConnectionType(Order, 'OrderConnection');
export type OrderConnection = InstanceType<typeof OrderConnection>;

@ObjectType()
export class ShippingAddress {
  @Field()
  name!: string;

  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field()
  city!: string;

  @Field()
  postcode!: string;

  @Field()
  country!: string;
}

@ArgsType()
export class OrdersArgs {
  @Field(() => OrderStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrderStatus)
  status?: OrderStatus;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class RefundOrderArgs {
  @Field(() => ID)
  @IsUUID()
  orderId!: string;

  @Field(() => SafeInt, { nullable: true, description: 'Minor units; the whole remaining amount when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountMinor?: number;

  @Field(() => ID, { description: 'A fresh UUID per refund, reused when retrying it: the same key refunds once.' })
  @IsUUID()
  refundKey!: string;
}
