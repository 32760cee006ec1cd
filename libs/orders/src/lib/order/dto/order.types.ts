import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, SafeInt, Trimmed } from '@flagship/api-core';
import { RefundStatus } from '@flagship/payments';
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
export class ManageOrdersArgs extends OrdersArgs {
  @Field(() => String, { nullable: true, description: 'An order number (7KQ4-M2XD; any case, the dash optional) or a buyer’s email address, whole.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ObjectType({ description: 'Money given back from the order’s payment, in part or in full.' })
export class OrderRefund {
  @Field(() => ID)
  id!: string;

  @Field(() => RefundStatus)
  status!: RefundStatus;

  @Field({ description: 'Why: "refunded by the brand", or the platform’s reason for an automatic refund.' })
  reason!: string;

  @Field({ description: 'When it was asked for.' })
  createdAt!: Date;

  @Field({ description: 'When its status last changed (succeeded or declined) or the provider was last asked.' })
  updatedAt!: Date;

  amountMinor!: number;
  currency!: string;
  /** Who asked for it, when the viewer may know (`order.read_history`); null otherwise and for the platform's own. */
  requestedById!: string | null;
}

@ObjectType({ description: 'Something that happened to an order, as the platform event log recorded it.' })
export class OrderHistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The event type: order.placed, order.paid, order.fulfilled, order.refunded, order.cancelled or order.payment_unhonoured (docs/events.md).' })
  type!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'The reason the event gives (a cancellation, a refund), if any.' })
  reason!: string | null;

  amountMinor!: number | null;
  currency!: string | null;
  /** The account that caused it; null for the platform (a job, a webhook). */
  actorId!: string | null;
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
