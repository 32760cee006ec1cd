import { Injectable } from '@nestjs/common';
import { badInput, decodeCursor, encodeCursor, toConnection, type Connection } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { JOINED_CATEGORY_COLUMNS, productColumnsFor, toJoinedCategory, toProduct } from '../catalog.rows';
import type { Category } from '../category/category.entity';
import { type ProductFilterInput, ProductSort } from './dto/product.inputs';
import type { OfferKind, Product, ProductStatus } from './product.entity';

/** Column and direction of each sort; `id` in the same direction breaks ties, so cursors are exact. */
const SORTS: Record<ProductSort, { column: string; descending: boolean }> = {
  [ProductSort.NEWEST]: { column: 'created_at', descending: true },
  [ProductSort.PRICE_ASC]: { column: 'min_price_minor', descending: false },
  [ProductSort.PRICE_DESC]: { column: 'min_price_minor', descending: true },
  [ProductSort.NAME]: { column: 'name', descending: false },
  [ProductSort.TOP_RATED]: { column: 'rating_average', descending: true },
};

export interface ProductListing {
  filter?: ProductFilterInput;
  sort: ProductSort;
  first: number;
  after?: string;
  /** Only this state; shoppers always get PUBLISHED. */
  status?: ProductStatus;
  /** Load each product's category with the page, in the same query (a join, not a second query). */
  withCategory?: boolean;
  /**
   * The GraphQL fields the client selected on the products; only their columns are read (see
   * `productColumnsFor`). Without it, every column.
   */
  fields?: ReadonlySet<string>;
}

/**
 * Catalog pages with keyset (cursor) pagination: each page is one indexed query, however deep, and
 * stays correct while products are added. Plain SQL: this is the platform's hottest read.
 */
@Injectable()
export class ProductListingService {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * Every published product's address and last change, `pageSize` at a time in slug order (keyset on
   * the unique slug index, so a deep page costs what the first does): for the sitemap, which streams
   * them however many there are.
   */
  async *publishedSlugs(pageSize = 1000): AsyncGenerator<{ slug: string; updatedAt: Date; offerKind: OfferKind }> {
    let after = '';
    for (;;) {
      const rows: { slug: string; updated_at: Date; offer_kind: OfferKind }[] = await this.connection.manager.query(
        `SELECT slug, updated_at, offer_kind FROM product WHERE status = 'PUBLISHED' AND NOT seller_hidden AND slug > $1 ORDER BY slug LIMIT $2`,
        [after, pageSize],
      );
      for (const row of rows) yield { slug: row.slug, updatedAt: row.updated_at, offerKind: row.offer_kind };
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].slug;
    }
  }

  async list(listing: ProductListing): Promise<Connection<Product>> {
    const sort = SORTS[listing.sort];
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (listing.status) where.push(`p.status = ${param(listing.status)}`);
    // A suspended seller's products are hidden from shoppers, whatever their status (decision 0035).
    if (listing.status === 'PUBLISHED') where.push(`NOT p.seller_hidden`);
    const filter = listing.filter;
    const onCategory = [`c.id = p.category_id`, ...(filter?.categorySlug ? [`c.slug = ${param(filter.categorySlug)}`] : [])];
    const join = filter?.categorySlug || listing.withCategory ? `JOIN category c ON ${onCategory.join(' AND ')}` : '';
    if (filter?.minPriceMinor !== undefined) where.push(`p.min_price_minor >= ${param(filter.minPriceMinor)}`);
    if (filter?.maxPriceMinor !== undefined) where.push(`p.min_price_minor <= ${param(filter.maxPriceMinor)}`);
    if (filter?.offerKind) where.push(`p.offer_kind = ${param(filter.offerKind)}`);
    if (filter?.sellerKind) where.push(`p.seller_kind = ${param(filter.sellerKind)}`);
    if (filter?.sellerId) where.push(`p.seller_id = ${param(filter.sellerId)}`);
    if (filter?.search) where.push(`p.name ILIKE ${param(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    if (listing.after) {
      const [sortName, id] = decodeCursor(listing.after, ['text', 'uuid']);
      if (sortName !== listing.sort) throw badInput('after', 'This cursor belongs to another listing');
      // Rows strictly after the cursor's row in the sort's direction. Its key is read from the
      // table, not the cursor, so it keeps the database's full precision (timestamps in microseconds).
      where.push(`(p.${sort.column}, p.id) ${sort.descending ? '<' : '>'} (SELECT ${sort.column}, id FROM product WHERE id = ${param(id)})`);
    }
    const direction = sort.descending ? 'DESC' : 'ASC';
    const rows = await this.connection.query(
      `SELECT ${productColumnsFor(listing.fields)}${listing.withCategory ? `, ${JOINED_CATEGORY_COLUMNS}` : ''} FROM product p ${join}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY p.${sort.column} ${direction}, p.id ${direction}
       LIMIT ${param(listing.first + 1)}`,
      params,
    );
    const products = listing.withCategory ? withJoinedCategories(rows) : rows.map(toProduct);
    return toConnection(products, listing.first, (p) => encodeCursor([listing.sort, p.id]));
  }
}

/** Products with their joined category; products of one category share one Category object. */
function withJoinedCategories(rows: Record<string, unknown>[]): Product[] {
  const categories = new Map<string, Category>();
  return rows.map((row) => {
    const product = toProduct(row);
    let category = categories.get(product.categoryId);
    if (!category) categories.set(product.categoryId, (category = toJoinedCategory(row)));
    product.category = category;
    return product;
  });
}
