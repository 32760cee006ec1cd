import { toSafeInteger } from '@flagship/database';
import { Category } from './category/category.entity';
import { ProductImage } from './image/product-image.entity';
import { Product } from './product/product.entity';
import { ProductVariant } from './variant/product-variant.entity';

/**
 * Rows from hand-written SQL to entity instances, for the catalog's hot read paths (the public
 * catalog page and its relation loaders). TypeORM's hydration was the largest single cost of a
 * catalog page in the benchmark; writes still go through TypeORM repositories.
 */
type Row = Record<string, unknown>;

/** A `bigint` amount (node-postgres reads it as a string) as a number, exact or refused (decision 0016). */
const amount = (value: unknown) => (value === null ? null : toSafeInteger(value));

export const PRODUCT_COLUMNS = `p.id, p.slug, p.name, p.description, p.specs, p.category_id, p.status, p.currency, p.min_price_minor,
  p.rating_average, p.rating_count, p.created_at, p.updated_at, p.seller_kind, p.seller_id, p.offer_kind, p.seller_hidden`;

/**
 * The columns to read for the GraphQL fields a client selected (`fields`): those listed for each field
 * plus `always`. A field with no entry (one another library adds, say) means every column (`all`), so
 * a new field can never see a property that was not read.
 */
function columnsFor(fields: ReadonlySet<string> | undefined, perField: Record<string, readonly string[]>, always: readonly string[], all: string): string {
  if (!fields) return all;
  const columns = new Set(always);
  for (const field of fields) {
    const needed = perField[field];
    if (!needed) return all;
    needed.forEach((column) => columns.add(column));
  }
  return [...columns].join(', ');
}

/**
 * A catalog page reads only what it returns: descriptions can be long and timestamps cost a parse
 * each. Identity, category, price and state are always read: relations, prices and visibility rules
 * depend on them.
 */
export function productColumnsFor(fields: ReadonlySet<string> | undefined): string {
  return columnsFor(
    fields,
    {
      id: [],
      slug: ['p.slug'],
      name: ['p.name'],
      description: ['p.description'],
      specs: ['p.specs'],
      status: [],
      dispatchTime: [],
      priceFrom: [],
      ratingAverage: ['p.rating_average'],
      ratingCount: ['p.rating_count'],
      createdAt: ['p.created_at'],
      // Relations loaded by id with the page (CatalogLoaders.withRelations).
      category: [],
      variants: [],
      images: [],
      // Loaded by id after the page (related products, the category's size guide).
      related: [],
      sizeGuide: [],
      __typename: [],
    },
    ['p.id', 'p.category_id', 'p.status', 'p.currency', 'p.min_price_minor', 'p.seller_kind', 'p.seller_id', 'p.offer_kind', 'p.seller_hidden'],
    PRODUCT_COLUMNS,
  );
}

/** A variant's columns, named as its properties, so a row becomes a variant with one `Object.assign`. */
const VARIANT_COLUMN = {
  id: 'id',
  productId: 'product_id AS "productId"',
  sku: 'sku',
  name: 'name',
  size: 'size',
  colour: 'colour',
  priceMinor: 'price_minor AS "priceMinor"',
  currency: 'currency',
  stock: 'stock',
  position: 'position',
} as const satisfies Partial<Record<keyof ProductVariant, string>>;

export const VARIANT_COLUMNS = Object.values(VARIANT_COLUMN).join(', ');

/** Variant columns for the selected variant fields (see `productColumnsFor`). */
export function variantColumnsFor(fields: ReadonlySet<string> | undefined): string {
  const c = VARIANT_COLUMN;
  return columnsFor(
    fields,
    { id: [], sku: [c.sku], name: [c.name], size: [c.size], colour: [c.colour], price: [c.priceMinor, c.currency], stock: [c.stock], inStock: [c.stock], availability: [c.stock], __typename: [] },
    [c.id, c.productId],
    VARIANT_COLUMNS,
  );
}

const PRODUCT_PROPERTIES: readonly (readonly [column: string, property: keyof Product, convert?: (value: unknown) => unknown])[] = [
  ['id', 'id'],
  ['slug', 'slug'],
  ['name', 'name'],
  ['description', 'description'],
  ['specs', 'specs'],
  ['category_id', 'categoryId'],
  ['status', 'status'],
  ['currency', 'currency'],
  ['min_price_minor', 'minPriceMinor', amount],
  ['rating_average', 'ratingAverage', Number],
  ['rating_count', 'ratingCount'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
  ['seller_kind', 'sellerKind'],
  ['seller_id', 'sellerId'],
  ['offer_kind', 'offerKind'],
  ['seller_hidden', 'sellerHidden'],
];

/** A product from a row; a row from `productColumnsFor` fills only the properties it has columns for. */
export function toProduct(row: Row): Product {
  const product = new Product() as unknown as Record<string, unknown>;
  for (const [column, property, convert] of PRODUCT_PROPERTIES) {
    if (column in row) product[property] = convert ? convert(row[column]) : row[column];
  }
  return product as unknown as Product;
}

/** The category columns of a product query joined with `category c`, prefixed so they cannot clash. */
export const JOINED_CATEGORY_COLUMNS = `c.slug AS c_slug, c.name AS c_name, c.position AS c_position`;

/** The joined category of a product row (createdAt is not read: the GraphQL type does not expose it). */
export function toJoinedCategory(row: Row): Category {
  return toCategory({ id: row.category_id, slug: row.c_slug, name: row.c_name, position: row.c_position });
}

/** A variant from a row of `VARIANT_COLUMNS` or `variantColumnsFor` (columns already named as properties). */
export function toVariant(row: Row): ProductVariant {
  const variant = Object.assign(new ProductVariant(), row);
  if ('priceMinor' in row) variant.priceMinor = toSafeInteger(row.priceMinor);
  return variant;
}

export function toCategory(row: Row): Category {
  return Object.assign(new Category(), {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as string,
    position: row.position as number,
    // Absent from a category joined to a product page (see JOINED_CATEGORY_COLUMNS): read on demand.
    ...('size_guide' in row ? { sizeGuide: row.size_guide as Category['sizeGuide'] } : {}),
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
    width: row.width as number,
    height: row.height as number,
    widths: row.widths as number[],
    createdAt: row.created_at as Date,
  });
}
