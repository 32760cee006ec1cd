import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsISO31661Alpha2, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { SafeInt, Trimmed } from '@flagship/api-core';
import { Order } from '../../order/order.entity';

@InputType()
export class ShippingAddressInput {
  @Field({ description: 'Recipient' })
  @Trimmed()
  @Length(1, 100, { message: 'Enter the recipient’s name' })
  name!: string;

  @Field()
  @Trimmed()
  @Length(1, 200, { message: 'Enter the street and number' })
  line1!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(0, 200)
  line2?: string;

  @Field()
  @Trimmed()
  @Length(1, 100, { message: 'Enter the city' })
  city!: string;

  @Field()
  @Trimmed()
  @Length(2, 12, { message: 'Enter the postcode' })
  postcode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  @Trimmed({ upperCase: true })
  @IsISO31661Alpha2({ message: 'Choose a country' })
  country!: string;
}

@InputType({ description: 'Checkout takes no prices: the server prices the cart itself.' })
export class CheckoutInput {
  @Field(() => ID, { description: 'A fresh UUID per checkout attempt, reused when retrying it: the same key is one order.' })
  @IsUUID()
  checkoutKey!: string;

  @Field(() => ID)
  @IsUUID()
  shippingMethodId!: string;

  @Field(() => ShippingAddressInput)
  @ValidateNested()
  @Type(() => ShippingAddressInput)
  address!: ShippingAddressInput;

  @Field(() => SafeInt, {
    nullable: true,
    description: 'The total the buyer was shown (checkoutQuote). When the order would cost anything else, nothing is placed: TOTAL_CHANGED on this field.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedTotalMinor?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Also keep this address in the buyer’s address book (unless it is there already).' })
  @IsBoolean()
  saveAddress = false;
}

@ObjectType({ description: 'How to pay for an order.' })
export class OrderPayment {
  @Field({ description: '"stripe" or "offline-test".' })
  provider!: string;

  @Field({ description: 'PENDING, SUCCEEDED or FAILED.' })
  status!: string;

  @Field({ description: 'True when no real money moves (offline test provider, Stripe test keys).' })
  testMode!: boolean;

  @Field(() => String, { nullable: true, description: 'Confirms a Stripe payment in the browser; only ever sent to the buyer.' })
  clientSecret!: string | null;
}

@ObjectType()
export class CheckoutResult {
  @Field(() => Order)
  order!: Order;

  @Field(() => OrderPayment)
  payment!: OrderPayment;
}
