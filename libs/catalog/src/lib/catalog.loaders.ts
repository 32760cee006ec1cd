import { Injectable } from '@nestjs/common';
import { groupByKey, oneByKey, setPrefetched, type RequestLoaders } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import type { Category } from './category/category.entity';
import { toCategory, toImage, toVariant, variantColumnsFor } from './catalog.rows';
import type { ProductImage } from './image/product-image.entity';
import type { Product } from './product/product.entity';
import type { ProductVariant } from './variant/product-variant.entity';

/**
 * Batched loads for the catalog's relation fields: a page of products costs one query per relation,
 * whatever its size. A list query loads the relations its client selected together with the page
 * (`withRelations`); other parents go through the per-request DataLoaders.
 */
@Injectable()
export class CatalogLoaders {
  constructor(private readonly connection: TransactionalConnection) {}

  category(loaders: RequestLoaders, categoryId: string): Promise<Category | null> {
    return loaders.get<string, Category | null>('catalog.categoryById', (ids) => this.categoriesById(ids)).load(categoryId);
  }

  variants(loaders: RequestLoaders, productId: string): Promise<ProductVariant[]> {
    return loaders.get<string, ProductVariant[]>('catalog.variantsByProduct', (ids) => this.variantsByProduct(ids)).load(productId);
  }

  images(loaders: RequestLoaders, productId: string): Promise<ProductImage[]> {
    return loaders.get<string, ProductImage[]>('catalog.imagesByProduct', (ids) => this.imagesByProduct(ids)).load(productId);
  }

  /**
   * Puts the selected relations (`category` unless the page query joined it, `variants`, `images`) on
   * each product of a page, one query per relation (variants with only the columns of `variantFields`); the fields are `@Prefetchable`, so GraphQL then reads them off the products.
   */
  async withRelations<P extends Product>(products: P[], selected: ReadonlySet<string>, variantFields?: ReadonlySet<string>): Promise<P[]> {
    if (products.length === 0) return products;
    const ids = products.map((p) => p.id);
    // One after the other: inside a transaction they share one connection.
    // The page query may have joined the categories already (ProductListing.withCategory).
    const needsCategory = selected.has('category') && products.some((p) => p.category === undefined);
    const categories = needsCategory ? await this.categoriesById([...new Set(products.map((p) => p.categoryId))]) : undefined;
    const variants = selected.has('variants') ? await this.variantsByProduct(ids, variantFields) : undefined;
    const images = selected.has('images') ? await this.imagesByProduct(ids) : undefined;
    const categoryById = new Map(categories?.flatMap((c) => (c ? [[c.id, c] as const] : [])));
    products.forEach((product, i) => {
      if (categories) product.category = categoryById.get(product.categoryId);
      if (selected.has('category') && product.category) setPrefetched(product, 'category', product.category);
      if (variants) setPrefetched(product, 'variants', variants[i]);
      if (images) setPrefetched(product, 'images', images[i]);
    });
    return products;
  }

  private async categoriesById(ids: readonly string[]): Promise<(Category | null)[]> {
    const rows = await this.connection.query(`SELECT id, slug, name, position, size_guide, created_at FROM category WHERE id = ANY($1)`, [ids]);
    return oneByKey<string, Category>(ids, rows.map(toCategory), (c) => c.id);
  }

  private async variantsByProduct(ids: readonly string[], fields?: ReadonlySet<string>): Promise<ProductVariant[][]> {
    const rows = await this.connection.query(
      `SELECT ${variantColumnsFor(fields)} FROM product_variant WHERE product_id = ANY($1) ORDER BY position ASC, price_minor ASC`,
      [ids],
    );
    return groupByKey(ids, rows.map(toVariant), (v) => v.productId);
  }

  private async imagesByProduct(ids: readonly string[]): Promise<ProductImage[][]> {
    const rows = await this.connection.query(
      `SELECT id, product_id, storage_key, alt, position, width, height, widths, created_at FROM product_image WHERE product_id = ANY($1) ORDER BY position ASC, created_at ASC`,
      [ids],
    );
    return groupByKey(ids, rows.map(toImage), (i) => i.productId);
  }
}
