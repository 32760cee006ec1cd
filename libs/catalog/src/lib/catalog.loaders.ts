import { Injectable } from '@nestjs/common';
import { groupByKey, oneByKey, type RequestLoaders } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import type { Category } from './category/category.entity';
import { toCategory, toImage, toVariant } from './catalog.rows';
import type { ProductImage } from './image/product-image.entity';
import type { ProductVariant } from './variant/product-variant.entity';

/**
 * Batched loads for the catalog's relation fields: a page of products costs one query per relation,
 * whatever its size.
 */
@Injectable()
export class CatalogLoaders {
  constructor(private readonly connection: TransactionalConnection) {}

  category(loaders: RequestLoaders, categoryId: string): Promise<Category | null> {
    return loaders
      .get<string, Category | null>('catalog.categoryById', async (ids) => {
        const rows = await this.connection.manager.query(`SELECT id, slug, name, position, created_at FROM category WHERE id = ANY($1)`, [ids]);
        return oneByKey<string, Category>(ids, rows.map(toCategory), (c) => c.id);
      })
      .load(categoryId);
  }

  variants(loaders: RequestLoaders, productId: string): Promise<ProductVariant[]> {
    return loaders
      .get<string, ProductVariant[]>('catalog.variantsByProduct', async (ids) => {
        const rows = await this.connection.manager.query(
          `SELECT id, product_id, sku, name, size, colour, price_minor, currency, stock, position
           FROM product_variant WHERE product_id = ANY($1) ORDER BY position ASC, price_minor ASC`,
          [ids],
        );
        return groupByKey(ids, rows.map(toVariant), (v) => v.productId);
      })
      .load(productId);
  }

  images(loaders: RequestLoaders, productId: string): Promise<ProductImage[]> {
    return loaders
      .get<string, ProductImage[]>('catalog.imagesByProduct', async (ids) => {
        const rows = await this.connection.manager.query(
          `SELECT id, product_id, storage_key, alt, position, created_at FROM product_image WHERE product_id = ANY($1) ORDER BY position ASC, created_at ASC`,
          [ids],
        );
        return groupByKey(ids, rows.map(toImage), (i) => i.productId);
      })
      .load(productId);
  }
}
