import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@flagship/api-core';
import { CountryArgs, SetTaxRateArgs, ShopSettingsInput } from './dto/tax.inputs';
import { ShopSettings } from './shop-settings.entity';
import { TaxRate } from './tax-rate.entity';
import { TaxService } from './tax.service';

@Resolver()
export class TaxResolver {
  constructor(private readonly taxService: TaxService) {}

  @Public()
  @Query(() => [TaxRate], { description: 'Countries the shop ships to, with their tax rate.' })
  taxRates(): Promise<TaxRate[]> {
    return this.taxService.rates();
  }

  @Public()
  @Query(() => ShopSettings)
  shopSettings(): Promise<ShopSettings> {
    return this.taxService.settings();
  }

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => TaxRate, { description: 'Ship to a country at this tax rate (or change its rate).' })
  setTaxRate(@Args() { country, rateBp }: SetTaxRateArgs): Promise<TaxRate> {
    return this.taxService.setRate(country, rateBp);
  }

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => Boolean, { description: 'Stop shipping to a country (its tax rate goes with it).' })
  removeTaxRate(@Args() { country }: CountryArgs): Promise<boolean> {
    return this.taxService.removeRate(country);
  }

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => ShopSettings)
  updateShopSettings(@Args('input') input: ShopSettingsInput): Promise<ShopSettings> {
    return this.taxService.updateSettings(input);
  }
}
