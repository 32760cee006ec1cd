import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Trimmed } from '@flagship/api-core';
import { SizeGuideInput } from '../../details/size-guide';

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

  @Field(() => SizeGuideInput, { nullable: true, description: 'Which size fits whom, shown on the pages of its products.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SizeGuideInput)
  sizeGuide?: SizeGuideInput | null;
}

/** Absent fields stay as they are; `sizeGuide: null` removes the guide. */
@InputType()
export class UpdateCategoryInput extends PartialType(CreateCategoryInput) {}
