import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '@flagship/api-core';
import { Product, ProductVariant } from '@flagship/catalog';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';

export const MAX_LINE_QUANTITY = 99;

@InputType()
export class CartLineInput {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

@ObjectType({ description: 'A variant in the cart, priced at today’s catalog price.' })
export class CartItem {
  @Field(() => ProductVariant)
  variant!: ProductVariant;

  @Field(() => Product)
  product!: Product;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money)
  unitPrice!: Money;

  @Field(() => Money)
  lineTotal!: Money;

  @Field({ description: 'False when the product is no longer sold or the variant has too little stock.' })
  available!: boolean;

  @Field(() => ID, { nullable: true, description: 'For a service: the booking (a held slot) this line pays for.' })
  bookingId!: string | null;
}

@ObjectType({ description: 'A shopper’s cart. Totals before shipping; checkout prices it again on the server.' })
export class Cart {
  @Field(() => [CartItem])
  items!: CartItem[];

  @Field(() => Int)
  itemCount!: number;

  @Field(() => Money, { nullable: true, description: 'Sum of the line totals; null for an empty cart.' })
  subtotal!: Money | null;
}

@ArgsType()
export class AddToCartArgs {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity = 1;
}

@ArgsType()
export class SetCartQuantityArgs {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => Int, { description: '0 removes the line.' })
  @IsInt()
  @Min(0)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

@ArgsType()
export class CartLinesArgs {
  @Field(() => [CartLineInput])
  @ValidateNested({ each: true })
  @Type(() => CartLineInput)
  @ArrayMaxSize(100)
  lines!: CartLineInput[];
}
