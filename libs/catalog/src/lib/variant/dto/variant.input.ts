import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { SafeInt, Trimmed } from '@flagship/api-core';
import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, NotEquals } from 'class-validator';

/**
 * The highest variant price: 10^11 minor units (1,000,000,000.00 in a two-decimal currency). Amounts
 * are 64-bit now (decision 0016), so this is no longer a storage limit but a sanity one: a price a
 * thousand times dearer than anything a brand sells is a slipped finger, and below it a full cart line
 * (99 units) stays under 10^13, so cart and order totals have room for hundreds of such lines before
 * they could leave the range a JSON number holds exactly (which is checked, not assumed).
 */
export const MAX_PRICE_MINOR = 100_000_000_000;

/** The most units one variant may hold. */
export const MAX_STOCK = 1_000_000;

@InputType()
export class VariantInput {
  @Field({ description: 'Unique across the shop: letters, digits and dashes.' })
  @Trimmed()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, { message: 'Use up to 40 letters, digits and dashes' })
  sku!: string;

  @Field({ description: 'What a buyer picks, e.g. "54 cm, Moss green".' })
  @Trimmed()
  @Length(1, 80)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  size?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  colour?: string | null;

  @Field(() => SafeInt, { description: `Price in minor units, tax included; at most ${MAX_PRICE_MINOR}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_MINOR, { message: 'Prices can be at most 1,000,000,000.00' })
  priceMinor!: number;

  @Field(() => Int, { description: 'Units on hand when the variant is created.' })
  @IsInt()
  @Min(0)
  @Max(MAX_STOCK)
  stock!: number;
}

/**
 * Everything about a variant but its stock: stock changes only through adjustVariantStock (a delta)
 * or setVariantStock (compare-and-set), so an edit never overwrites units sold meanwhile.
 */
@InputType()
export class UpdateVariantInput extends PartialType(OmitType(VariantInput, ['stock'] as const)) {}

@ArgsType()
export class AdjustStockArgs {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => Int, { description: 'Units to add (positive) or take away (negative); stock never goes below zero.' })
  @IsInt()
  @NotEquals(0, { message: 'Enter a number of units other than 0' })
  @Min(-MAX_STOCK)
  @Max(MAX_STOCK)
  delta!: number;
}

@ArgsType()
export class SetStockArgs {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => Int, { description: 'The new number of units on hand.' })
  @IsInt()
  @Min(0)
  @Max(MAX_STOCK)
  stock!: number;

  @Field(() => Int, { description: 'The stock the editor last saw; when it has changed meanwhile, nothing is written (CONFLICT).' })
  @IsInt()
  @Min(0)
  expectedStock!: number;
}
