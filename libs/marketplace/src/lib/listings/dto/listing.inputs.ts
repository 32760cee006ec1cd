import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { SafeInt, Trimmed } from '@flagship/api-core';
import { MAX_PRICE_MINOR, MAX_SPECS, OfferKind } from '@flagship/catalog';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ListingStatus } from '../listing.entity';

/** The most photos one listing takes in one request (the product holds up to 20). */
export const MAX_LISTING_PHOTOS = 12;
const MAX_STOCK = 1_000_000;

@InputType()
export class ListingSpecInput {
  @Field({ description: 'What is specified, e.g. "Weight"; 1 to 40 characters.' })
  @Trimmed()
  @Length(1, 40, { message: 'Write a label of 1 to 40 characters' })
  label!: string;

  @Field({ description: 'Its value, e.g. "240 g"; 1 to 200 characters.' })
  @Trimmed()
  @Length(1, 200, { message: 'Write a value of 1 to 200 characters' })
  value!: string;
}

@InputType()
export class ListingVariantInput {
  @Field({ description: 'What a buyer picks, e.g. "143 mm" or "100 ml".' })
  @Trimmed()
  @Length(1, 80, { message: 'Name the variant in 1 to 80 characters' })
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

  @Field(() => SafeInt, { description: 'Price in minor units of the brand’s currency, tax included.' })
  @IsInt()
  @Min(1, { message: 'Set a price above zero' })
  @Max(MAX_PRICE_MINOR, { message: 'Prices can be at most 1,000,000,000.00' })
  priceMinor!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'Stock cannot be negative' })
  @Max(MAX_STOCK)
  stock!: number;
}

@InputType({ description: 'A vendor’s new product: it waits for a brand manager’s review before it is shown.' })
export class CreateVendorListingInput {
  @Field()
  @Trimmed()
  @Length(1, 120, { message: 'Write a title of 1 to 120 characters' })
  title!: string;

  @Field()
  @Trimmed()
  @Length(1, 5000, { message: 'Write a description of 1 to 5000 characters' })
  description!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a category' })
  categoryId!: string;

  @Field(() => [ListingVariantInput], { description: 'At least one: what buyers choose between.' })
  @ValidateNested({ each: true })
  @Type(() => ListingVariantInput)
  @ArrayMinSize(1, { message: 'Add at least one variant' })
  @ArrayMaxSize(50, { message: 'List at most 50 variants' })
  variants!: ListingVariantInput[];

  @Field(() => [ListingSpecInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ListingSpecInput)
  @ArrayMaxSize(MAX_SPECS, { message: `List at most ${MAX_SPECS} specs` })
  specs?: ListingSpecInput[];

  @Field(() => [ID], { nullable: true, description: 'Your uploads (POST /uploads/images), in order; the first is the main photo.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LISTING_PHOTOS, { message: `Add at most ${MAX_LISTING_PHOTOS} photos` })
  photoIds?: string[];
}

@InputType({
  description:
    'Changes to a listing. On an approved listing a new title or price waits for review (the approved version stays on sale); the rest applies at once.',
})
export class UpdateListingInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @Length(1, 120, { message: 'Write a title of 1 to 120 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @Length(1, 5000, { message: 'Write a description of 1 to 5000 characters' })
  description?: string;

  @Field(() => SafeInt, { nullable: true, description: 'One price for every variant, in minor units.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Set a price above zero' })
  @Max(MAX_PRICE_MINOR, { message: 'Prices can be at most 1,000,000,000.00' })
  priceMinor?: number;

  @Field(() => [ListingSpecInput], { nullable: true, description: 'Replaces the spec sheet.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ListingSpecInput)
  @ArrayMaxSize(MAX_SPECS, { message: `List at most ${MAX_SPECS} specs` })
  specs?: ListingSpecInput[];

  @Field(() => [ID], { nullable: true, description: 'New uploads to add after the current photos.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LISTING_PHOTOS, { message: `Add at most ${MAX_LISTING_PHOTOS} photos at once` })
  photoIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Photos of the product to remove.' })
  @IsOptional()
  @ArrayMaxSize(20)
  removeImageIds?: string[];
}

@ArgsType()
export class ListingPageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: '`pageInfo.endCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ArgsType()
export class SellerListingsArgs extends ListingPageArgs {
  @Field(() => ID, { description: 'The vendor organisation.' })
  @IsUUID('all', { message: 'This is not a valid id' })
  vendorId!: string;

  @Field(() => OfferKind, { nullable: true })
  @IsOptional()
  @IsEnum(OfferKind)
  offerKind?: OfferKind;

  @Field(() => ListingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ListingStatus)
  status?: ListingStatus;
}

@ArgsType()
export class ReviewQueueArgs extends ListingPageArgs {
  @Field(() => OfferKind, { nullable: true, description: 'Only goods, services or used items.' })
  @IsOptional()
  @IsEnum(OfferKind)
  offerKind?: OfferKind;
}
