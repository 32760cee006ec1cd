import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, Loaders, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { CommissionRuleEntry } from './commission-rule.entity';
import { CommissionRuleService } from './commission-rule.service';
import { MarketplaceSettings } from './marketplace-settings.entity';
import { MarketplaceSettingsPolicy } from './marketplace-settings.policy';
import { MarketplaceSettingsService } from './marketplace-settings.service';
import { CommissionRuleVendor, RemoveCommissionRuleArgs, SetCommissionRuleInput, UpdateMarketplaceSettingsInput } from './marketplace-settings.types';

/** The brand manager's marketplace settings and commission rules. */
@Resolver(() => MarketplaceSettings)
export class MarketplaceSettingsResolver {
  constructor(
    private readonly settings: MarketplaceSettingsService,
    private readonly rules: CommissionRuleService,
  ) {}

  @Authenticated()
  @Guards(MarketplaceSettingsPolicy, 'manage')
  @Query(() => MarketplaceSettings, { description: 'How the marketplace works: brand managers only.' })
  marketplaceSettings(): Promise<MarketplaceSettings> {
    return this.settings.get();
  }

  @Authenticated()
  @Guards(MarketplaceSettingsPolicy, 'manage')
  @Mutation(() => MarketplaceSettings)
  updateMarketplaceSettings(@Args('input') input: UpdateMarketplaceSettingsInput): Promise<MarketplaceSettings> {
    return this.settings.update(input);
  }

  @Authenticated()
  @Guards(MarketplaceSettingsPolicy, 'manage')
  @Query(() => [CommissionRuleEntry], { description: 'Commission rules: vendor + category, per vendor, per category (the most specific wins).' })
  commissionRules(): Promise<CommissionRuleEntry[]> {
    return this.rules.list();
  }

  @Authenticated()
  @Guards(MarketplaceSettingsPolicy, 'manage')
  @Query(() => [CommissionRuleVendor], { description: 'Vendors a commission rule can name, by name: brand managers only.' })
  commissionRuleVendors(): Promise<CommissionRuleVendor[]> {
    return this.rules.vendorChoices();
  }

  @Authenticated()
  @Guards(MarketplaceSettingsPolicy, 'manage')
  @Mutation(() => CommissionRuleEntry, { description: 'Sets the commission of a vendor, a category or a vendor in a category; orders placed from now on use it.' })
  setCommissionRule(@CurrentViewer() viewer: Viewer, @Args('input') input: SetCommissionRuleInput): Promise<CommissionRuleEntry> {
    return this.rules.set(input, viewer.accountId);
  }

  @Authenticated()
  @Guards(MarketplaceSettingsPolicy, 'manage')
  @Mutation(() => Boolean)
  removeCommissionRule(@Args() args: RemoveCommissionRuleArgs): Promise<boolean> {
    return this.rules.remove(args.id);
  }
}

@Resolver(() => CommissionRuleEntry)
export class CommissionRuleResolver {
  constructor(private readonly rules: CommissionRuleService) {}

  @ResolveField(() => String, { nullable: true })
  vendorName(@Parent() rule: CommissionRuleEntry, @Loaders() loaders: RequestLoaders): Promise<string | null> | null {
    return rule.vendorId ? loaders.get<string, string | null>('commissionRules.vendorName', (ids) => this.rules.vendorNames(ids)).load(rule.vendorId) : null;
  }

  @ResolveField(() => String, { nullable: true })
  categoryName(@Parent() rule: CommissionRuleEntry, @Loaders() loaders: RequestLoaders): Promise<string | null> | null {
    return rule.categoryId ? loaders.get<string, string | null>('commissionRules.categoryName', (ids) => this.rules.categoryNames(ids)).load(rule.categoryId) : null;
  }
}
