export { BrandModule } from './lib/brand.module';
export { Brand } from './lib/brand/brand.entity';
export { BrandService, type BrandProfile } from './lib/brand/brand.service';
import { Brand } from './lib/brand/brand.entity';
import { CreateBrand1763900000100 } from './migrations/1763900000100-create-brand';

export const brandEntities = [Brand];
export const brandMigrations = [CreateBrand1763900000100];
