import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Trimmed, badInput } from '@flagship/api-core';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { VendorApplicationStatus } from '../vendor-application.entity';

export const BUSINESS_NAME_MAX = 80;
export const VENDOR_DESCRIPTION_MAX = 2000;
export const SERVICE_AREA_MAX = 120;
export const REASON_MAX = 1000;

@InputType({ description: 'An application to sell on the platform: who you are and what you would offer.' })
export class ApplyAsVendorInput {
  @Field({ description: `The name shoppers will see, up to ${BUSINESS_NAME_MAX} characters.` })
  @Trimmed()
  @IsString()
  @MinLength(2, { message: 'Give your business name' })
  @MaxLength(BUSINESS_NAME_MAX, { message: `Keep it to ${BUSINESS_NAME_MAX} characters` })
  businessName!: string;

  @Field({ description: `What you would sell or offer, and why it fits the brand (plain text, up to ${VENDOR_DESCRIPTION_MAX} characters).` })
  @Trimmed()
  @IsString()
  @MinLength(20, { message: 'Tell us a little more: at least 20 characters' })
  @MaxLength(VENDOR_DESCRIPTION_MAX, { message: `Keep it to ${VENDOR_DESCRIPTION_MAX} characters` })
  description!: string;

  @Field(() => [ID], { description: 'The catalog categories you would sell in (at least one).' })
  @ArrayMinSize(1, { message: 'Choose at least one category' })
  @ArrayMaxSize(10, { message: 'Choose up to 10 categories' })
  @IsUUID('all', { each: true, message: 'There is no such category' })
  categoryIds!: string[];

  @Field(() => String, { nullable: true, description: 'Your website, an http(s) address.' })
  @IsOptional()
  @Trimmed()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true }, { message: 'Enter a full web address, e.g. https://example.com' })
  @MaxLength(300, { message: 'Keep it to 300 characters' })
  website?: string | null;

  @Field({ description: 'Where you work or deliver, e.g. "Berlin and Brandenburg" or "Online, EU-wide".' })
  @Trimmed()
  @IsString()
  @MinLength(2, { message: 'Say where you work or deliver' })
  @MaxLength(SERVICE_AREA_MAX, { message: `Keep it to ${SERVICE_AREA_MAX} characters` })
  serviceArea!: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  after?: string | null;
}

@ArgsType()
export class VendorApplicationsArgs extends PageArgs {
  @Field(() => VendorApplicationStatus, { nullable: true, description: 'Only applications in this state (the queue: SUBMITTED); all when left out.' })
  @IsOptional()
  @IsEnum(VendorApplicationStatus)
  status?: VendorApplicationStatus | null;
}

/** A reason given by a brand manager: trimmed, required, at most REASON_MAX characters; BAD_USER_INPUT on `reason` otherwise. */
export function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw badInput('reason', 'Give a reason');
  if (trimmed.length > REASON_MAX) throw badInput('reason', `Keep it to ${REASON_MAX} characters`);
  return trimmed;
}
