import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Trimmed } from '@flagship/api-core';
import { Member } from '@flagship/accounts';
import { Category } from '@flagship/catalog';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ContributionFieldsInput } from '../../contribution/dto/contribution.inputs';
import { ANSWER_MAX_LENGTH } from '../advice.types';

@InputType({ description: 'A question, on a product page or on its own. Questions always ask for advice.' })
export class AskQuestionInput extends ContributionFieldsInput {
  @Field(() => ID, { nullable: true, description: 'The product it is about (its category’s experts answer with a badge).' })
  @IsOptional()
  @IsUUID('all', { message: 'There is no such product' })
  productId?: string;

  @Field(() => ID, { nullable: true, description: 'The category it is about, when no product is given.' })
  @IsOptional()
  @IsUUID('all', { message: 'There is no such category' })
  categoryId?: string;
}

@InputType({ description: 'Changes to your question; a field left out stays as it is.' })
export class UpdateQuestionInput extends ContributionFieldsInput {}

@InputType({ description: 'A progress post on your project, optionally on one of your builds, asking for advice or not.' })
export class PostProjectUpdateInput extends ContributionFieldsInput {
  @Field(() => ID, { nullable: true, description: 'One of your own builds this post reports on.' })
  @IsOptional()
  @IsUUID('all', { message: 'There is no such build' })
  projectId?: string;

  @Field({ nullable: true, description: 'Ask the community for advice (answers open); false by default.' })
  @IsOptional()
  asksAdvice?: boolean;
}

@InputType({ description: 'Changes to your progress post; a field left out stays as it is.' })
export class UpdateProjectUpdateInput extends ContributionFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  asksAdvice?: boolean;
}

@InputType()
export class AnswerInput {
  @Field(() => ID, { description: 'The question or progress post answered.' })
  @IsUUID('all', { message: 'There is no such question' })
  contributionId!: string;

  @Field({ description: `Markdown, up to ${ANSWER_MAX_LENGTH} characters.` })
  @Trimmed()
  @MinLength(1, { message: 'Write your answer' })
  @MaxLength(ANSWER_MAX_LENGTH, { message: `Keep it to ${ANSWER_MAX_LENGTH} characters` })
  body!: string;
}

@ObjectType({ description: 'A member a brand manager marked as an expert for a category.' })
export class CategoryExpertItem {
  @Field(() => Member)
  member!: Member;

  @Field(() => Category)
  category!: Category;

  @Field()
  appointedAt!: Date;
}

@ArgsType()
export class QuestionsArgs {
  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(50)
  first = 10;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}
