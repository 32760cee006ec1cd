import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Image } from '@flagship/media';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '@flagship/api-core';
import { BODY_MAX_LENGTH, MAX_PHOTOS, MAX_TAGS, TAG_MAX_LENGTH, TITLE_MAX_LENGTH } from '../contribution.types';

/**
 * The fields every kind shares, for its create and update inputs to extend (`CreateBuildInput extends
 * ContributionFieldsInput`). On update, a field left out is left as it is.
 */
@InputType({ isAbstract: true })
export class ContributionFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @MinLength(1, { message: 'Give it a title' })
  @MaxLength(TITLE_MAX_LENGTH, { message: `Keep the title to ${TITLE_MAX_LENGTH} characters` })
  title?: string;

  @Field({ nullable: true, description: `Markdown, up to ${BODY_MAX_LENGTH} characters.` })
  @IsOptional()
  @MaxLength(BODY_MAX_LENGTH, { message: `Keep it to ${BODY_MAX_LENGTH} characters` })
  body?: string;

  @Field(() => [String], { nullable: true, description: `Up to ${MAX_TAGS} tags of up to ${TAG_MAX_LENGTH} characters; stored lower-case.` })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS, { message: `Use up to ${MAX_TAGS} tags` })
  @MaxLength(TAG_MAX_LENGTH, { each: true, message: `Keep each tag to ${TAG_MAX_LENGTH} characters` })
  tags?: string[];

  @Field(() => [ID], { nullable: true, description: 'Your uploads (POST /uploads/images), in the order to show them; the first is the cover.' })
  @IsOptional()
  @ArrayMaxSize(MAX_PHOTOS, { message: `Add up to ${MAX_PHOTOS} photos` })
  @IsUUID('all', { each: true, message: 'There is no such photo' })
  photoIds?: string[];

  @Field({ nullable: true, description: 'Publish now (true) or keep it as a draft (false, the default on create).' })
  @IsOptional()
  publish?: boolean;
}

@ObjectType('ContributionPhoto', { description: 'A photo shown with a contribution, in its author’s order.' })
export class ContributionPhotoItem {
  @Field(() => ID, { description: 'The upload’s id (what photoIds take).' })
  id!: string;

  @Field(() => Image)
  image!: Image;

  @Field(() => String, { nullable: true })
  caption!: string | null;
}
