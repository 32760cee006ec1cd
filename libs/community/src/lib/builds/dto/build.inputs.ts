import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Trimmed } from '@flagship/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsISO4217CurrencyCode, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ContributionFieldsInput } from '../../contribution/dto/contribution.inputs';
import { DECLINE_REASON_MAX_LENGTH, MAX_PARTS, MAX_STAGES, MAX_WINDOW_DAYS } from '../build.types';

@InputType({ description: 'A line of a parts list: a catalog variant (`variantId`), or free text (`label`) for what the shop does not sell.' })
export class BuildPartInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'There is no such product variant' })
  variantId?: string | null;

  @Field({ nullable: true, description: 'What the part is; defaults to the variant’s product and variant names.' })
  @IsOptional()
  @Trimmed()
  @Length(1, 120, { message: 'Keep each part to 120 characters' })
  label?: string;

  @Field(() => Int, { nullable: true, description: '1 to 99; 1 by default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  quantity?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @MaxLength(300, { message: 'Keep the note to 300 characters' })
  note?: string;
}

@InputType()
export class CreateBuildInput extends ContributionFieldsInput {
  @Field(() => [BuildPartInput], { nullable: true, description: `The parts list in order, up to ${MAX_PARTS} lines.` })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => BuildPartInput)
  @ArrayMaxSize(MAX_PARTS, { message: `List up to ${MAX_PARTS} parts` })
  parts?: BuildPartInput[];
}

@InputType({ description: 'Changes to your build; a field left out stays as it is (`parts`: the whole list is replaced).' })
export class UpdateBuildInput extends CreateBuildInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such build' })
  id!: string;
}

@InputType()
export class AcceptBuildInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such build' })
  buildId!: string;

  @Field(() => ID, { description: 'The catalog category of the draft product made from it.' })
  @IsUUID('all', { message: 'There is no such category' })
  categoryId!: string;

  @Field(() => Int, { nullable: true, description: 'The creator’s royalty in basis points of net sales; 100 (1%) by default.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  royaltyBp?: number;

  @Field(() => Int, { nullable: true, description: 'The draft product’s price in minor units; the parts list’s total by default.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  priceMinor?: number;

  @Field({ nullable: true, description: 'ISO 4217; the currency of the parts list by default.' })
  @IsOptional()
  @IsISO4217CurrencyCode()
  currency?: string;
}

@InputType()
export class DeclineBuildInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such build' })
  buildId!: string;

  @Field({ description: 'Why: the creator reads it.' })
  @Trimmed()
  @Length(1, DECLINE_REASON_MAX_LENGTH, { message: `Give a reason of up to ${DECLINE_REASON_MAX_LENGTH} characters` })
  reason!: string;
}

@InputType()
export class BuildSupportStageInput {
  @Field(() => Int, { description: 'Supporters in total by the end of the window; more than the stage before.' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  supporters!: number;

  @Field(() => Int, { description: `Days the stage stays open, 1 to ${MAX_WINDOW_DAYS}.` })
  @IsInt()
  @Min(1, { message: 'A window is at least a day' })
  @Max(MAX_WINDOW_DAYS, { message: `A window is at most ${MAX_WINDOW_DAYS} days` })
  windowDays!: number;
}

@InputType()
export class SetBuildSupportStagesInput {
  @Field(() => [BuildSupportStageInput])
  @ValidateNested({ each: true })
  @Type(() => BuildSupportStageInput)
  @ArrayMinSize(1, { message: 'Keep at least one stage' })
  @ArrayMaxSize(MAX_STAGES, { message: `Use up to ${MAX_STAGES} stages` })
  stages!: BuildSupportStageInput[];
}
