import { Injectable } from '@nestjs/common';
import { badInput, decodeCursor, encodeCursor, toConnection, type Connection } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import type { SelectQueryBuilder } from 'typeorm';
import { type ProductFilterInput, ProductSort } from './dto/product.inputs';
import { Product, ProductStatus } from './product.entity';

/** Column and direction of each sort; `id` in the same direction breaks ties, so cursors are exact. */
const SORTS: Record<ProductSort, { column: string; descending: boolean }> = {
  [ProductSort.NEWEST]: { column: 'created_at', descending: true },
  [ProductSort.PRICE_ASC]: { column: 'min_price_minor', descending: false },
  [ProductSort.PRICE_DESC]: { column: 'min_price_minor', descending: true },
  [ProductSort.NAME]: { column: 'name', descending: false },
  [ProductSort.TOP_RATED]: { column: 'rating_average', descending: true },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ProductListing {
  filter?: ProductFilterInput;
  sort: ProductSort;
  first: number;
  after?: string;
  /** Only this state; shoppers always get PUBLISHED. */
  status?: ProductStatus;
}

/**
 * Catalog pages with keyset (cursor) pagination: each page is one indexed query, however deep, and
 * stays correct while products are added.
 */
@Injectable()
export class ProductListingService {
  constructor(private readonly connection: TransactionalConnection) {}

  async list(listing: ProductListing): Promise<Connection<Product>> {
    const sort = SORTS[listing.sort];
    const query = this.connection.getRepository(Product).createQueryBuilder('p');
    if (listing.status) query.andWhere('p.status = :status', { status: listing.status });
    this.applyFilter(query, listing.filter);
    if (listing.after) {
      const [sortName, id] = decodeCursor(listing.after, 2);
      if (sortName !== listing.sort || typeof id !== 'string' || !UUID.test(id)) throw badInput('after', 'This cursor belongs to another listing');
      // Rows strictly after the cursor's row in the sort's direction. The row's key is read from the
      // table, not the cursor, so it keeps the database's full precision (timestamps in microseconds).
      const after = `(SELECT ${sort.column}, id FROM product WHERE id = :cursorId)`;
      query.andWhere(`(p.${sort.column}, p.id) ${sort.descending ? '<' : '>'} ${after}`, { cursorId: id });
    }
    const direction = sort.descending ? 'DESC' : 'ASC';
    const rows = await query
      .orderBy(`p.${sort.column}`, direction)
      .addOrderBy('p.id', direction)
      .limit(listing.first + 1)
      .getMany();
    return toConnection(rows, listing.first, (p) => encodeCursor([listing.sort, p.id]));
  }

  private applyFilter(query: SelectQueryBuilder<Product>, filter: ProductFilterInput | undefined): void {
    if (!filter) return;
    if (filter.categorySlug) {
      query.innerJoin('p.category', 'c', 'c.slug = :categorySlug', { categorySlug: filter.categorySlug });
    }
    if (filter.minPriceMinor !== undefined) query.andWhere('p.min_price_minor >= :minPrice', { minPrice: filter.minPriceMinor });
    if (filter.maxPriceMinor !== undefined) query.andWhere('p.min_price_minor <= :maxPrice', { maxPrice: filter.maxPriceMinor });
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('p.name ILIKE :pattern', { pattern });
    }
  }
}

