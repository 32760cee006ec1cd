import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Trimmed } from '@flagship/api-core';

export const BRAND_NAME_MAX_LENGTH = 60;
export const TAGLINE_MAX_LENGTH = 120;
export const HERO_LIMITS = { eyebrow: 40, title: 80, text: 240, ctaLabel: 30, ctaHref: 500 } as const;

/**
 * A path in the shop ("/shop?category=bikes", not "//elsewhere") or an https address. Nothing else:
 * a `javascript:` link in the hero would run in every visitor's page.
 */
export const HERO_LINK = /^(\/(?!\/)[^\s]*|https:\/\/[^\s/]+[^\s]*)$/;

@InputType({ description: 'The home hero’s texts and link. Fields left out stay as they are; an empty eyebrow, title or text hides it.' })
export class BrandHeroInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(HERO_LIMITS.eyebrow, { message: `Keep the line above the title to ${HERO_LIMITS.eyebrow} characters` })
  eyebrow?: string;

  @Field({ nullable: true, description: 'Empty: the brand’s name.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(HERO_LIMITS.title, { message: `Keep the title to ${HERO_LIMITS.title} characters` })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(HERO_LIMITS.text, { message: `Keep the text to ${HERO_LIMITS.text} characters` })
  text?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, HERO_LIMITS.ctaLabel, { message: `Enter a button label of up to ${HERO_LIMITS.ctaLabel} characters` })
  ctaLabel?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(HERO_LIMITS.ctaHref, { message: `Keep the link to ${HERO_LIMITS.ctaHref} characters` })
  @Matches(HERO_LINK, { message: 'Enter a path in the shop starting with / (e.g. /shop?category=bikes) or an https:// address' })
  ctaHref?: string;
}

@InputType({ description: 'What a brand manager changes about the brand. Fields left out stay as they are.' })
export class UpdateBrandInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, BRAND_NAME_MAX_LENGTH, { message: `Enter the brand's name, up to ${BRAND_NAME_MAX_LENGTH} characters` })
  name?: string;

  @Field({ nullable: true, description: 'One line under the name; empty for none.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(TAGLINE_MAX_LENGTH, { message: `Keep the tagline to ${TAGLINE_MAX_LENGTH} characters` })
  tagline?: string;

  @Field({ nullable: true, description: '#rrggbb, at least 3:1 against the white page (BAD_USER_INPUT with the measured ratio otherwise).' })
  @IsOptional()
  @Trimmed()
  @IsString()
  primaryColor?: string;

  @Field({ nullable: true, description: '#rrggbb, at least 3:1 against the white page.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  accentColor?: string;

  @Field(() => BrandHeroInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BrandHeroInput)
  hero?: BrandHeroInput;
}
