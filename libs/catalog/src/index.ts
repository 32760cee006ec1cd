export { CatalogModule } from './lib/catalog.module';
export { CatalogEvents } from './lib/catalog.events';
export { Category } from './lib/category/category.entity';
export { CategoryService } from './lib/category/category.service';
export { Product, ProductStatus, SellerKind, OfferKind, isShipped } from './lib/product/product.entity';
export { ProductService } from './lib/product/product.service';
export { ProductPolicy } from './lib/product/product.policy';
export { ProductListingService } from './lib/product/product-listing.service';
export { ProductVariant } from './lib/variant/product-variant.entity';
export { ProductVariantService, type ReservedVariant } from './lib/variant/product-variant.service';
export { ProductImage } from './lib/image/product-image.entity';
export { ProductImageService } from './lib/image/product-image.service';
export type { CreateProductInput } from './lib/product/dto/product.inputs';
export { DISPATCH_TIME, LOW_STOCK_THRESHOLD, StockAvailability } from './lib/details/availability';
export { MAX_SPECS, ProductSpec } from './lib/details/product-spec';
export { SizeGuide } from './lib/details/size-guide';
import { Category } from './lib/category/category.entity';
import { ProductImage } from './lib/image/product-image.entity';
import { Product } from './lib/product/product.entity';
import { ProductVariant } from './lib/variant/product-variant.entity';
import { CreateCatalog1763900000200 } from './migrations/1763900000200-create-catalog';
import { CatalogVariantsCategoriesImages1763900000400 } from './migrations/1763900000400-catalog-variants-categories-images';
import { CatalogPricesBigint1764500000200 } from './migrations/1764500000200-catalog-prices-bigint';
import { ProductImageVariants1764900000100 } from './migrations/1764900000100-product-image-variants';
import { ProductSpecsSizeGuides1764900000200 } from './migrations/1764900000200-product-specs-size-guides';
import { ProductSellers1765100000000 } from './migrations/1765100000000-product-sellers';

export const catalogEntities = [Category, Product, ProductVariant, ProductImage];
export const catalogMigrations = [
  CreateCatalog1763900000200,
  CatalogVariantsCategoriesImages1763900000400,
  CatalogPricesBigint1764500000200,
  ProductImageVariants1764900000100,
  ProductSpecsSizeGuides1764900000200,
  ProductSellers1765100000000,
];
export { MAX_PRICE_MINOR } from './lib/variant/dto/variant.input';
