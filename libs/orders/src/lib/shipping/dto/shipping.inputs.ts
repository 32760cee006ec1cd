import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { SafeInt, Trimmed } from '@flagship/api-core';
import { IsBoolean, IsISO4217CurrencyCode, IsInt, IsOptional, Length, Max, Min } from 'class-validator';

@InputType()
export class ShippingMethodInput {
  @Field()
  @Trimmed()
  @Length(1, 60)
  name!: string;

  @Field(() => SafeInt, { description: 'Flat price in minor units.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  priceMinor!: number;

  @Field(() => SafeInt, { nullable: true, description: 'Subtotal from which shipping is free; empty for always the flat price.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  freeAboveMinor?: number | null;

  @Field()
  @IsISO4217CurrencyCode()
  currency!: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  position: number = 0;
}

@InputType()
export class UpdateShippingMethodInput extends PartialType(ShippingMethodInput) {}
