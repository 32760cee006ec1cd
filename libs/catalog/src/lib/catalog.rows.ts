import { Category } from './category/category.entity';
import { ProductImage } from './image/product-image.entity';
import { Product, type ProductStatus } from './product/product.entity';
import { ProductVariant } from './variant/product-variant.entity';

/**
 * Rows from hand-written SQL to entity instances, for the catalog's hot read paths (the public
 * catalog page and its relation loaders). TypeORM's hydration was the largest single cost of a
 * catalog page in the benchmark; writes still go through TypeORM repositories.
 */
type Row = Record<string, unknown>;

export const PRODUCT_COLUMNS = `p.id, p.slug, p.name, p.description, p.category_id, p.status, p.currency, p.min_price_minor,
  p.rating_average, p.rating_count, p.created_at, p.updated_at`;

export function toProduct(row: Row): Product {
  return Object.assign(new Product(), {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as string,
    description: row.description as string,
    categoryId: row.category_id as string,
    status: row.status as ProductStatus,
    currency: row.currency as string,
    minPriceMinor: row.min_price_minor as number | null,
    ratingAverage: Number(row.rating_average),
    ratingCount: row.rating_count as number,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  });
}

/** The category columns of a product query joined with `category c`, prefixed so they cannot clash. */
export const JOINED_CATEGORY_COLUMNS = `c.slug AS c_slug, c.name AS c_name, c.position AS c_position, c.created_at AS c_created_at`;

export function toJoinedCategory(row: Row): Category {
  return Object.assign(new Category(), {
    id: row.category_id as string,
    slug: row.c_slug as string,
    name: row.c_name as string,
    position: row.c_position as number,
    createdAt: row.c_created_at as Date,
  });
}

export function toVariant(row: Row): ProductVariant {
  return Object.assign(new ProductVariant(), {
    id: row.id as string,
    productId: row.product_id as string,
    sku: row.sku as string,
    name: row.name as string,
    size: row.size as string | null,
    colour: row.colour as string | null,
    priceMinor: row.price_minor as number,
    currency: row.currency as string,
    stock: row.stock as number,
    position: row.position as number,
  });
}

export function toCategory(row: Row): Category {
  return Object.assign(new Category(), {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as string,
    position: row.position as number,
    createdAt: row.created_at as Date,
  });
}

export function toImage(row: Row): ProductImage {
  return Object.assign(new ProductImage(), {
    id: row.id as string,
    productId: row.product_id as string,
    storageKey: row.storage_key as string,
    alt: row.alt as string,
    position: row.position as number,
    createdAt: row.created_at as Date,
  });
}
