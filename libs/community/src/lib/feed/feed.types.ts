import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Trimmed } from '@flagship/api-core';
import { ContributionKind, TAG_MAX_LENGTH } from '../contribution/contribution.types';

/** Which contributions the community feed shows, and in what order. */
export enum FeedScope {
  /** Everything published, newest first. */
  LATEST = 'LATEST',
  /** Everything published, by time-decayed engagement (the "hot" score, decision 0034). */
  TRENDING = 'TRENDING',
  /** What the members and contributions the viewer follows published, newest first (signed in only). */
  FOLLOWING = 'FOLLOWING',
}
registerEnumType(FeedScope, { name: 'FeedScope', description: 'Which contributions the community feed shows, and in what order.' });

export const FEED_PAGE_MAX = 50;

@ArgsType()
export class ContributionPageArgs {
  @Field(() => ContributionKind, { nullable: true, description: 'Only this kind (a listing page).' })
  @IsOptional()
  @IsEnum(ContributionKind)
  kind?: ContributionKind;

  @Field(() => Int, { defaultValue: 12, description: `1 to ${FEED_PAGE_MAX}.` })
  @IsInt()
  @Min(1)
  @Max(FEED_PAGE_MAX)
  first = 12;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the page before.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class CommunityFeedArgs extends ContributionPageArgs {
  @Field(() => FeedScope, { defaultValue: FeedScope.LATEST })
  @IsEnum(FeedScope)
  scope: FeedScope = FeedScope.LATEST;

  @Field(() => String, { nullable: true, description: 'Only contributions with this tag (any case, with or without "#").' })
  @IsOptional()
  @IsString()
  @Trimmed()
  @MaxLength(TAG_MAX_LENGTH + 1)
  tag?: string;
}
