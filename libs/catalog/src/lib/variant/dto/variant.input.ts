import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class VariantInput {
  @Field({ description: 'Unique across the shop: letters, digits and dashes.' })
  @Transform(trim)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, { message: 'Use up to 40 letters, digits and dashes' })
  sku!: string;

  @Field({ description: 'What a buyer picks, e.g. "54 cm, Moss green".' })
  @Transform(trim)
  @Length(1, 80)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  size?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  colour?: string | null;

  @Field(() => Int, { description: 'Price in minor units, tax included.' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  priceMinor!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  stock!: number;
}

@InputType()
export class UpdateVariantInput extends PartialType(VariantInput) {}
