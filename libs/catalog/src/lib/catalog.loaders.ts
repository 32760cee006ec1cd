import { Injectable } from '@nestjs/common';
import { groupByKey, oneByKey, type RequestLoaders } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { Category } from './category/category.entity';
import { ProductImage } from './image/product-image.entity';
import { ProductVariant } from './variant/product-variant.entity';

/**
 * Batched loads for the catalog's relation fields: a page of products costs one query per relation,
 * whatever its size.
 */
@Injectable()
export class CatalogLoaders {
  constructor(private readonly connection: TransactionalConnection) {}

  category(loaders: RequestLoaders, categoryId: string): Promise<Category | null> {
    return loaders
      .get<string, Category | null>('catalog.categoryById', async (ids) =>
        oneByKey(ids, await this.connection.getRepository(Category).findBy({ id: In([...ids]) }), (c) => c.id),
      )
      .load(categoryId);
  }

  variants(loaders: RequestLoaders, productId: string): Promise<ProductVariant[]> {
    return loaders
      .get<string, ProductVariant[]>('catalog.variantsByProduct', async (ids) => {
        const rows = await this.connection.getRepository(ProductVariant).find({
          where: { productId: In([...ids]) },
          order: { position: 'ASC', priceMinor: 'ASC' },
        });
        return groupByKey(ids, rows, (v) => v.productId);
      })
      .load(productId);
  }

  images(loaders: RequestLoaders, productId: string): Promise<ProductImage[]> {
    return loaders
      .get<string, ProductImage[]>('catalog.imagesByProduct', async (ids) => {
        const rows = await this.connection.getRepository(ProductImage).find({
          where: { productId: In([...ids]) },
          order: { position: 'ASC', createdAt: 'ASC' },
        });
        return groupByKey(ids, rows, (i) => i.productId);
      })
      .load(productId);
  }
}
