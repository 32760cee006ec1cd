import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SafeInt, Trimmed } from '@flagship/api-core';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ClaimOutcome, ClaimReason, MAX_PHOTOS, UsedItemCondition, UsedItemKind } from '../resale.types';

@InputType({ description: 'A used bike or part to sell: one item, public at once once its serial passes the stolen-bike check.' })
export class ListUsedItemInput {
  @Field(() => UsedItemKind)
  @IsEnum(UsedItemKind)
  kind!: UsedItemKind;

  @Field(() => UsedItemCondition)
  @IsEnum(UsedItemCondition)
  condition!: UsedItemCondition;

  @Field()
  @Trimmed()
  @Length(3, 120, { message: 'Give it a title of 3 to 120 characters' })
  title!: string;

  @Field()
  @Trimmed()
  @Length(1, 4000, { message: 'Describe it in up to 4,000 characters' })
  description!: string;

  @Field(() => SafeInt, { description: 'Asking price in minor units (EUR).' })
  @IsInt()
  @Min(100, { message: 'Ask at least 1.00' })
  @Max(100_000_00, { message: 'Ask at most 100,000.00' })
  priceMinor!: number;

  @Field()
  @Trimmed()
  @Length(1, 60, { message: 'Name the brand (up to 60 characters)' })
  brand!: string;

  @Field()
  @Trimmed()
  @Length(1, 80, { message: 'Name the model (up to 80 characters)' })
  model!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @MaxLength(20, { message: 'Keep the size to 20 characters' })
  frameSize?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1950, { message: 'Give a year from 1950' })
  @Max(2100, { message: 'Give a real year' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Required for bikes; checked against the stolen-bike list.' })
  @IsOptional()
  @Trimmed()
  @MaxLength(60, { message: 'A frame serial is at most 60 characters' })
  frameSerial?: string | null;

  @Field(() => String, { nullable: true, description: 'Shipping or pickup: how the buyer gets it.' })
  @IsOptional()
  @Trimmed()
  @MaxLength(300, { message: 'Keep the note to 300 characters' })
  handoverNote?: string | null;

  @Field(() => [ID], { nullable: true, description: `Uploaded photos (POST /uploads/images), up to ${MAX_PHOTOS}, the first is the main one.` })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'Upload the photos again' })
  @ArrayMaxSize(MAX_PHOTOS, { message: `Add up to ${MAX_PHOTOS} photos` })
  photoIds?: string[];
}

@InputType({ description: 'Changes to your used item while it is for sale; a field left out stays as it is.' })
export class UpdateUsedItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such used item' })
  productId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @Length(3, 120, { message: 'Give it a title of 3 to 120 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @Length(1, 4000, { message: 'Describe it in up to 4,000 characters' })
  description?: string;

  @Field(() => SafeInt, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(100, { message: 'Ask at least 1.00' })
  @Max(100_000_00, { message: 'Ask at most 100,000.00' })
  priceMinor?: number;

  @Field(() => UsedItemCondition, { nullable: true })
  @IsOptional()
  @IsEnum(UsedItemCondition)
  condition?: UsedItemCondition;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @MaxLength(300, { message: 'Keep the note to 300 characters' })
  handoverNote?: string | null;
}

@InputType()
export class OpenClaimInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such sale' })
  partId!: string;

  @Field(() => ClaimReason)
  @IsEnum(ClaimReason)
  reason!: ClaimReason;

  @Field()
  @Trimmed()
  @Length(10, 2000, { message: 'Tell us what happened in 10 to 2,000 characters' })
  details!: string;
}

@InputType()
export class DecideClaimInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such claim' })
  claimId!: string;

  @Field(() => ClaimOutcome)
  @IsEnum(ClaimOutcome)
  outcome!: ClaimOutcome;

  @Field()
  @Trimmed()
  @Length(3, 1000, { message: 'Write a note of 3 to 1,000 characters for both sides' })
  note!: string;
}
