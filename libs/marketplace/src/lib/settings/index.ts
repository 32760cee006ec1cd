import type { Provider } from '@nestjs/common';
import { MarketplaceSettings } from './marketplace-settings.entity';
import { MarketplaceSettingsService } from './marketplace-settings.service';

export const settingsProviders: Provider[] = [MarketplaceSettingsService];
export const settingsExports: Provider[] = [MarketplaceSettingsService];
export const settingsEntities: Function[] = [MarketplaceSettings];
export { MarketplaceSettings, MarketplaceSettingsService };
