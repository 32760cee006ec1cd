import { Module } from '@nestjs/common';
import { ProductResolver } from './product/product.resolver';
import { ProductService } from './product/product.service';

@Module({
  providers: [ProductService, ProductResolver],
  exports: [ProductService],
})
export class CatalogModule {}
