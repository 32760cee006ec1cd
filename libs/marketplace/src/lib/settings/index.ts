import type { Provider } from '@nestjs/common';
import { CommissionRuleEntry } from './commission-rule.entity';
import { MarketplaceSettings } from './marketplace-settings.entity';
import { MarketplaceSettingsService } from './marketplace-settings.service';

export const settingsProviders: Provider[] = [MarketplaceSettingsService];
export const settingsExports: Provider[] = [MarketplaceSettingsService];
// commission_rule's migration is in order-parts (orderPartMigrations).
export const settingsEntities: Function[] = [MarketplaceSettings, CommissionRuleEntry];
export { MarketplaceSettings, MarketplaceSettingsService, CommissionRuleEntry };
