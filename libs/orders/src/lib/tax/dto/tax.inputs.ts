import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO31661Alpha2, IsInt, IsOptional, Max, Min } from 'class-validator';

@ArgsType()
export class SetTaxRateArgs {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsISO31661Alpha2()
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
