export { CatalogModule } from './lib/catalog.module';
export { Product, ProductStatus } from './lib/product/product.entity';
export { ProductService, type NewProduct } from './lib/product/product.service';
import { Product } from './lib/product/product.entity';
import { CreateCatalog1763900000200 } from './migrations/1763900000200-create-catalog';

export const catalogEntities = [Product];
export const catalogMigrations = [CreateCatalog1763900000200];
