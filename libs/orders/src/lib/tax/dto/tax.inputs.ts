import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsISO31661Alpha2, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Trimmed } from '@flagship/api-core';

@ArgsType()
export class CountryArgs {
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  @Trimmed({ upperCase: true })
  @IsISO31661Alpha2({ message: 'Enter a two-letter country code, e.g. DE' })
  country!: string;
}

@ArgsType()
export class SetTaxRateArgs {
  @Field()
  @Trimmed({ upperCase: true })
  @IsISO31661Alpha2({ message: 'Enter a two-letter country code, e.g. DE' })
  country!: string;

  @Field(() => Int, { description: 'Basis points: 1900 is 19%.' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  rateBp!: number;
}

@InputType()
export class ShopSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  pricesIncludeTax?: boolean;

  @Field(() => Int, { nullable: true, description: 'Minutes an unpaid order holds its stock, 5 to 1440.' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(1440)
  reservationMinutes?: number;
}
