import { Module } from '@nestjs/common';
import { CatalogLoaders } from './catalog.loaders';
import { CategoryResolver } from './category/category.resolver';
import { CategoryService } from './category/category.service';
import { ProductImageController } from './image/product-image.controller';
import { ProductImageResolver } from './image/product-image.resolver';
import { ProductImageService } from './image/product-image.service';
import { ProductListingService } from './product/product-listing.service';
import { ProductResolver } from './product/product.resolver';
import { ProductService } from './product/product.service';
import { RelatedProductsService } from './related/related-products.service';
import { ProductVariantResolver } from './variant/product-variant.resolver';
import { ProductVariantService } from './variant/product-variant.service';

@Module({
  controllers: [ProductImageController],
  providers: [
    CatalogLoaders,
    CategoryService,
    CategoryResolver,
    ProductListingService,
    ProductService,
    ProductResolver,
    RelatedProductsService,
    ProductVariantService,
    ProductVariantResolver,
    ProductImageService,
    ProductImageResolver,
  ],
  exports: [CategoryService, ProductListingService, ProductService, ProductVariantService, ProductImageService],
})
export class CatalogModule {}
