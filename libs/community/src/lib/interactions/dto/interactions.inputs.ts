import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, Trimmed } from '@flagship/api-core';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Contribution } from '../../contribution/contribution.entity';
import { Comment } from '../comment.entity';
import { COLLECTION_NAME_MAX_LENGTH, COMMENT_MAX_LENGTH, ReactionKind } from '../interactions.types';

export const CommentConnection = ConnectionType(Comment, 'CommentConnection');
export type CommentConnection = InstanceType<typeof CommentConnection>;

export const CollectionItemConnection = ConnectionType(Contribution, 'CollectionItemConnection');
export type CollectionItemConnection = InstanceType<typeof CollectionItemConnection>;

@InputType()
export class PostCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a valid id' })
  contributionId!: string;

  @Field(() => ID, { nullable: true, description: 'The comment to reply to; a reply to a reply joins the same thread.' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a valid id' })
  parentId?: string;

  @Field({ description: `Markdown, 1 to ${COMMENT_MAX_LENGTH} characters.` })
  @Trimmed()
  @Length(1, COMMENT_MAX_LENGTH, { message: `Write between 1 and ${COMMENT_MAX_LENGTH} characters` })
  body!: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a valid id' })
  id!: string;

  @Field({ description: `Markdown, 1 to ${COMMENT_MAX_LENGTH} characters.` })
  @Trimmed()
  @Length(1, COMMENT_MAX_LENGTH, { message: `Write between 1 and ${COMMENT_MAX_LENGTH} characters` })
  body!: string;
}

@InputType()
export class CreateCollectionInput {
  @Field()
  @Trimmed()
  @Length(1, COLLECTION_NAME_MAX_LENGTH, { message: `Name it in 1 to ${COLLECTION_NAME_MAX_LENGTH} characters` })
  name!: string;

  @Field({ nullable: true, description: 'Anyone with its link may see it (false, private, by default).' })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;
}

@InputType()
export class UpdateCollectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a valid id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @Length(1, COLLECTION_NAME_MAX_LENGTH, { message: `Name it in 1 to ${COLLECTION_NAME_MAX_LENGTH} characters` })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;
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
  @MaxLength(200)
  after?: string;
}

@ObjectType({ description: 'How many members gave a contribution one kind of reaction.' })
export class ReactionCount {
  @Field(() => ReactionKind)
  kind!: ReactionKind;

  @Field(() => Int)
  count!: number;
}
