import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConnectionType, Trimmed } from '@flagship/api-core';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Review } from '../review.entity';

export const ReviewConnection = ConnectionType(Review, 'ReviewConnection');
export type ReviewConnection = InstanceType<typeof ReviewConnection>;

@InputType()
export class PostReviewInput {
  @Field(() => ID)
  @IsUUID()
  productId!: string;

  @Field(() => Int, { description: '1 to 5 stars.' })
  @IsInt()
  @Min(1, { message: 'Give 1 to 5 stars' })
  @Max(5, { message: 'Give 1 to 5 stars' })
  rating!: number;

  @Field()
  @Trimmed()
  @Length(3, 2000, { message: 'Write between 3 and 2000 characters' })
  body!: string;
}

@ArgsType()
export class ReviewsArgs {
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
