import { ArgsType, Field, ID, InputType, Int, PartialType, PickType, registerEnumType } from '@nestjs/graphql';
import { SafeInt, Trimmed } from '@flagship/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsISO4217CurrencyCode, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_SPECS, ProductSpecInput } from '../../details/product-spec';
import { VariantInput } from '../../variant/dto/variant.input';
import { OfferKind, ProductStatus, SellerKind } from '../product.entity';

export enum ProductSort {
  NEWEST = 'NEWEST',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  NAME = 'NAME',
  TOP_RATED = 'TOP_RATED',
}
registerEnumType(ProductSort, { name: 'ProductSort' });

@InputType()
export class ProductFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  categorySlug?: string;

  @Field(() => SafeInt, { nullable: true, description: 'Lowest "from" price, in minor units.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  minPriceMinor?: number;

  @Field(() => SafeInt, { nullable: true, description: 'Highest "from" price, in minor units.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxPriceMinor?: number;

  @Field(() => OfferKind, { nullable: true, description: 'Goods, services or used items; the shop asks for GOODS.' })
  @IsOptional()
  @IsEnum(OfferKind)
  offerKind?: OfferKind;

  @Field(() => SellerKind, { nullable: true, description: 'Only what the brand, vendors or members sell.' })
  @IsOptional()
  @IsEnum(SellerKind)
  sellerKind?: SellerKind;

  @Field(() => ID, { nullable: true, description: 'Only what one vendor organisation (or reselling member) sells.' })
  @IsOptional()
  @IsUUID()
  sellerId?: string;

  @Field({ nullable: true, description: 'Words in the product name.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ProductsArgs {
  @Field(() => ProductFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProductFilterInput)
  filter?: ProductFilterInput;

  @Field(() => ProductSort, { defaultValue: ProductSort.NEWEST })
  @IsEnum(ProductSort)
  sort: ProductSort = ProductSort.NEWEST;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: '`pageInfo.endCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ArgsType()
export class RelatedProductsArgs {
  @Field(() => Int, { defaultValue: 4, description: '1 to 12.' })
  @IsInt()
  @Min(1)
  @Max(12)
  first = 4;
}

@ArgsType()
export class ManageProductsArgs extends ProductsArgs {
  @Field(() => ProductStatus, { nullable: true, description: 'Only products in this state; all by default.' })
  @IsOptional()
  @IsEnum(ProductStatus)
  status?: ProductStatus;
}

@InputType()
export class CreateProductInput {
  @Field()
  @Trimmed()
  @Length(1, 120)
  name!: string;

  @Field({ nullable: true, description: 'Defaults to one made from the name.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and dashes' })
  @Length(1, 80)
  slug?: string;

  @Field()
  @Trimmed()
  @Length(1, 5000)
  description!: string;

  @Field(() => ID)
  @IsUUID()
  categoryId!: string;

  @Field({ description: 'ISO 4217 code of the prices, e.g. EUR.' })
  @IsISO4217CurrencyCode()
  currency!: string;

  @Field(() => [ProductSpecInput], { nullable: true, description: `The spec sheet in the order shown, at most ${MAX_SPECS} lines, each label once. Defaults to none.` })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ProductSpecInput)
  @ArrayMaxSize(MAX_SPECS, { message: `List at most ${MAX_SPECS} specs` })
  specs?: ProductSpecInput[];

  @Field(() => [VariantInput], { description: 'At least one: what buyers choose between.' })
  @ValidateNested({ each: true })
  @Type(() => VariantInput)
  @ArrayMinSize(1, { message: 'Add at least one variant' })
  @ArrayMaxSize(100)
  variants!: VariantInput[];
}

@InputType()
export class UpdateProductInput extends PartialType(PickType(CreateProductInput, ['name', 'slug', 'description', 'categoryId', 'specs'] as const)) {}
