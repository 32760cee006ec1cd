import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Guards, Public } from '@flagship/api-core';
import { postcodeRule } from '../checkout/address-rules';
import { CountryArgs, SetTaxRateArgs, ShopSettingsInput } from './dto/tax.inputs';
import { ShopSettings } from './shop-settings.entity';
import { ShopSettingsPolicy } from './shop-settings.policy';
import { TaxRate } from './tax-rate.entity';
import { TaxService } from './tax.service';

@Resolver(() => TaxRate)
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

  @ResolveField(() => String, { description: 'What a postcode of this country looks like: a JavaScript regular expression for the trimmed, upper-case postcode. Checkout refuses one that does not match.' })
  postcodePattern(@Parent() rate: TaxRate): string {
    return postcodeRule(rate.country).pattern.source;
  }

  @ResolveField(() => String, { nullable: true, description: 'A postcode of this country, e.g. 10115; null when the country has no format of its own.' })
  postcodeExample(@Parent() rate: TaxRate): string | null {
    return postcodeRule(rate.country).example;
  }
}
