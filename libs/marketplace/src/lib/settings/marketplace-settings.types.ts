import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SafeInt } from '@flagship/api-core';
import { IsInt, IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'Fields left out stay as they are; a floor or cap set to null is removed.' })
export class UpdateMarketplaceSettingsInput {
  @Field(() => Int, { nullable: true, description: '0–10000 basis points.' })
  @IsOptional()
  @IsInt()
  defaultCommissionBp?: number;

  @Field(() => SafeInt, { nullable: true })
  @IsOptional()
  @IsInt()
  defaultCommissionFloorMinor?: number | null;

  @Field(() => SafeInt, { nullable: true })
  @IsOptional()
  @IsInt()
  defaultCommissionCapMinor?: number | null;

  @Field(() => Int, { nullable: true, description: '0–10000 basis points.' })
  @IsOptional()
  @IsInt()
  resaleFeeBp?: number;

  @Field(() => Int, { nullable: true, description: '5–120 minutes.' })
  @IsOptional()
  @IsInt()
  bookingHoldMinutes?: number;

  @Field(() => Int, { nullable: true, description: '0–720 hours.' })
  @IsOptional()
  @IsInt()
  cancellationNoticeHours?: number;

  @Field(() => Int, { nullable: true, description: '1–60 days.' })
  @IsOptional()
  @IsInt()
  reviewRevealDays?: number;

  @Field(() => Int, { nullable: true, description: '1–30 days.' })
  @IsOptional()
  @IsInt()
  claimWindowDays?: number;
}

@InputType({ description: 'A commission for a vendor, a category, or a vendor in a category (at least one of them); replaces the rule of the same scope.' })
export class SetCommissionRuleInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  vendorId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => Int, { description: '0–10000 basis points.' })
  @IsInt()
  bp!: number;

  @Field(() => SafeInt, { nullable: true })
  @IsOptional()
  @IsInt()
  floorMinor?: number | null;

  @Field(() => SafeInt, { nullable: true })
  @IsOptional()
  @IsInt()
  capMinor?: number | null;
}

@ArgsType()
export class RemoveCommissionRuleArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ObjectType({ description: 'A vendor a commission rule can name (the rule editor’s choices).' })
export class CommissionRuleVendor {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
