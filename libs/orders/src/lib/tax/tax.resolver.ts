import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Guards, Public } from '@flagship/api-core';
import { CountryArgs, SetTaxRateArgs, ShopSettingsInput } from './dto/tax.inputs';
import { ShopSettings } from './shop-settings.entity';
import { ShopSettingsPolicy } from './shop-settings.policy';
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

  @Authenticated()
  @Guards(ShopSettingsPolicy, 'manage')
  @Mutation(() => TaxRate, { description: 'Ship to a country at this tax rate (or change its rate).' })
  setTaxRate(@Args() { country, rateBp }: SetTaxRateArgs): Promise<TaxRate> {
    return this.taxService.setRate(country, rateBp);
  }

  @Authenticated()
  @Guards(ShopSettingsPolicy, 'manage')
  @Mutation(() => Boolean, { description: 'Stop shipping to a country (its tax rate goes with it).' })
  removeTaxRate(@Args() { country }: CountryArgs): Promise<boolean> {
    return this.taxService.removeRate(country);
  }

  @Authenticated()
  @Guards(ShopSettingsPolicy, 'manage')
  @Mutation(() => ShopSettings)
  updateShopSettings(@Args('input') input: ShopSettingsInput): Promise<ShopSettings> {
    return this.taxService.updateSettings(input);
  }
}
