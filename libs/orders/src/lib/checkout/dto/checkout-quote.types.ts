import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsISO31661Alpha2, IsUUID } from 'class-validator';
import { Money, Trimmed } from '@flagship/api-core';
import { CartItem } from '@flagship/cart';
import { ShippingMethod } from '../../shipping/shipping-method.entity';

@ArgsType()
export class CheckoutQuoteArgs {
  @Field(() => ID)
  @IsUUID()
  shippingMethodId!: string;

  @Field({ description: 'Where the order goes: ISO 3166-1 alpha-2, e.g. DE.' })
  @Trimmed({ upperCase: true })
  @IsISO31661Alpha2({ message: 'Choose a country' })
  country!: string;
}

@ObjectType({
  description:
    'What placing the order would cost now: priced by the same code as `checkout`, so its total is the order’s while the cart and the prices stay as they are.',
})
export class CheckoutQuote {
  @Field(() => [CartItem])
  items!: CartItem[];

  @Field(() => Int, { description: 'Units, all lines together.' })
  itemCount!: number;

  @Field(() => Money)
  subtotal!: Money;

  @Field(() => Money, { description: 'Nothing when the shipped goods reach the method’s free-shipping amount, or when nothing is shipped.' })
  shipping!: Money;

  @Field({ description: 'True when shipping costs nothing for this order.' })
  freeShipping!: boolean;

  @Field({ description: 'True when no line is shipped (only booked services): no shipping is charged, whichever method is named.' })
  nothingToShip!: boolean;

  @Field(() => Money, {
    nullable: true,
    description: 'What shipped goods are still missing for free shipping with this method (services do not count); null when it ships free already or never does.',
  })
  freeShippingShortfall!: Money | null;

  @Field(() => Money, { description: 'Included in the total when prices include tax, added to it otherwise.' })
  tax!: Money;

  @Field(() => Int, { description: 'Basis points: 1900 is 19%.' })
  taxRateBp!: number;

  @Field()
  pricesIncludeTax!: boolean;

  @Field(() => Money)
  total!: Money;

  @Field(() => ShippingMethod)
  shippingMethod!: ShippingMethod;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country!: string;
}
