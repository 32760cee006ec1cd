import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Trimmed } from '@flagship/api-core';

@InputType()
export class CreateCategoryInput {
  @Field()
  @Trimmed()
  @Length(1, 60)
  name!: string;

  @Field({ nullable: true, description: 'Defaults to one made from the name.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and dashes' })
  @Length(1, 80)
  slug?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}
