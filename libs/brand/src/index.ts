export { BrandModule } from './lib/brand.module';
export { BrandEvents } from './lib/brand.events';
export { Brand, BrandHero } from './lib/brand/brand.entity';
export { BrandPolicy } from './lib/brand/brand.policy';
export { BrandService, type BrandProfile } from './lib/brand/brand.service';
export { BrandImage, BrandImageSlot } from './lib/brand-image/brand-image.entity';
export { BrandImageService } from './lib/brand-image/brand-image.service';
import { Brand } from './lib/brand/brand.entity';
import { BrandImage } from './lib/brand-image/brand-image.entity';
import { CreateBrand1763900000100 } from './migrations/1763900000100-create-brand';
import { BrandThemeAndHero1764900000000 } from './migrations/1764900000000-brand-theme-and-hero';
import { BrandImages1764900000110 } from './migrations/1764900000110-brand-images';

export const brandEntities = [Brand, BrandImage];
export const brandMigrations = [CreateBrand1763900000100, BrandThemeAndHero1764900000000, BrandImages1764900000110];
