import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Trimmed } from '@flagship/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ContributionFieldsInput } from '../../contribution/dto/contribution.inputs';
import {
  GUIDE_COMPLETION_NOTE_MAX_LENGTH,
  GUIDE_ITEM_LABEL_MAX_LENGTH,
  GUIDE_ITEM_MAX_QUANTITY,
  GUIDE_MAX_ITEMS,
  GUIDE_MAX_MINUTES,
  GUIDE_MAX_STEPS,
  GUIDE_STEP_BODY_MAX_LENGTH,
  GUIDE_STEP_MAX_PHOTOS,
  GUIDE_STEP_TITLE_MAX_LENGTH,
  GuideDifficulty,
} from '../guide.types';

@InputType({ description: 'One step of a guide, in the order given.' })
export class GuideStepInput {
  @Field()
  @Trimmed()
  @MinLength(1, { message: 'Give the step a title' })
  @MaxLength(GUIDE_STEP_TITLE_MAX_LENGTH, { message: `Keep a step title to ${GUIDE_STEP_TITLE_MAX_LENGTH} characters` })
  title!: string;

  @Field({ nullable: true, description: `Markdown, up to ${GUIDE_STEP_BODY_MAX_LENGTH} characters.` })
  @IsOptional()
  @MaxLength(GUIDE_STEP_BODY_MAX_LENGTH, { message: `Keep a step to ${GUIDE_STEP_BODY_MAX_LENGTH} characters` })
  body?: string;

  @Field(() => [ID], { nullable: true, description: 'Your uploads for this step, in order.' })
  @IsOptional()
  @ArrayMaxSize(GUIDE_STEP_MAX_PHOTOS, { message: `Add up to ${GUIDE_STEP_MAX_PHOTOS} photos to a step` })
  @IsUUID('all', { each: true, message: 'There is no such photo' })
  photoIds?: string[];
}

@InputType({ description: 'A tool or part: a catalog variant, or free text for something the shop does not sell.' })
export class GuideItemInput {
  @Field(() => ID, { nullable: true, description: 'The catalog variant to buy; leave out for free text.' })
  @IsOptional()
  @IsUUID('all', { message: 'There is no such product' })
  variantId?: string;

  @Field({ nullable: true, description: 'What it is; defaults to the product’s name when a variant is given.' })
  @IsOptional()
  @Trimmed()
  @MaxLength(GUIDE_ITEM_LABEL_MAX_LENGTH, { message: `Keep it to ${GUIDE_ITEM_LABEL_MAX_LENGTH} characters` })
  label?: string;

  @Field(() => Int, { nullable: true, description: `1 to ${GUIDE_ITEM_MAX_QUANTITY}; 1 when left out.` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'At least 1' })
  @Max(GUIDE_ITEM_MAX_QUANTITY, { message: `At most ${GUIDE_ITEM_MAX_QUANTITY}` })
  quantity?: number;
}

/** The guide's own fields; on update, a list given replaces the old one as a whole. */
@InputType({ isAbstract: true })
class GuideFieldsInput extends ContributionFieldsInput {
  @Field(() => GuideDifficulty, { nullable: true })
  @IsOptional()
  @IsEnum(GuideDifficulty)
  difficulty?: GuideDifficulty;

  @Field(() => Int, { nullable: true, description: `How long it takes, in minutes (1 to ${GUIDE_MAX_MINUTES}).` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'At least a minute' })
  @Max(GUIDE_MAX_MINUTES, { message: 'At most a day' })
  timeMinutes?: number;

  @Field(() => [GuideStepInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(GUIDE_MAX_STEPS, { message: `Use up to ${GUIDE_MAX_STEPS} steps` })
  @ValidateNested({ each: true })
  @Type(() => GuideStepInput)
  steps?: GuideStepInput[];

  @Field(() => [GuideItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(GUIDE_MAX_ITEMS, { message: `List up to ${GUIDE_MAX_ITEMS} tools` })
  @ValidateNested({ each: true })
  @Type(() => GuideItemInput)
  tools?: GuideItemInput[];

  @Field(() => [GuideItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(GUIDE_MAX_ITEMS, { message: `List up to ${GUIDE_MAX_ITEMS} parts` })
  @ValidateNested({ each: true })
  @Type(() => GuideItemInput)
  parts?: GuideItemInput[];
}

@InputType({ description: 'A new guide: a draft unless `publish`; publishing needs at least one step.' })
export class CreateGuideInput extends GuideFieldsInput {}

@InputType({ description: 'Changes to your guide: fields left out stay; steps, tools and parts given replace the old lists.' })
export class UpdateGuideInput extends GuideFieldsInput {}

@InputType({ description: '"I made this": a photo of the result and an optional note.' })
export class MarkGuideMadeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such guide' })
  guideId!: string;

  @Field(() => ID, { description: 'Your upload (POST /uploads/images) showing what you made.' })
  @IsUUID('all', { message: 'Add a photo of what you made' })
  photoId!: string;

  @Field({ nullable: true, description: `Markdown, up to ${GUIDE_COMPLETION_NOTE_MAX_LENGTH} characters.` })
  @IsOptional()
  @MaxLength(GUIDE_COMPLETION_NOTE_MAX_LENGTH, { message: `Keep the note to ${GUIDE_COMPLETION_NOTE_MAX_LENGTH} characters` })
  note?: string;
}
