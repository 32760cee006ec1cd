import type { Provider } from '@nestjs/common';
import { CommissionRuleEntry } from './commission-rule.entity';
import { CommissionRuleService } from './commission-rule.service';
import { MarketplaceSettings } from './marketplace-settings.entity';
import { CommissionRuleResolver, MarketplaceSettingsResolver } from './marketplace-settings.resolver';
import { MarketplaceSettingsService } from './marketplace-settings.service';

export const settingsProviders: Provider[] = [MarketplaceSettingsService, CommissionRuleService, MarketplaceSettingsResolver, CommissionRuleResolver];
export const settingsExports: Provider[] = [MarketplaceSettingsService, CommissionRuleService];
// commission_rule's migration is in order-parts (orderPartMigrations: the library lists no settings migrations).
export const settingsEntities: Function[] = [MarketplaceSettings, CommissionRuleEntry];
export { MarketplaceSettings, MarketplaceSettingsService, CommissionRuleEntry, CommissionRuleService };
export { MarketplaceSettingsPolicy } from './marketplace-settings.policy';
export type { CommissionRuleInput } from './commission-rule.service';
