import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { PRODUCT_COLUMNS, toProduct } from '../catalog.rows';
import type { Product } from '../product/product.entity';

/**
 * "You may also like" under a product: published products other than itself, those of its own
 * category first, then the rest of the shop; within each, the best rated, then the newest. The
 * products of a whole request (a product page, or a list asking for each product's related ones)
 * come from one statement.
 */
@Injectable()
export class RelatedProductsService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Up to `first` products related to `productId`, through the request's loader. */
  load(loaders: RequestLoaders, productId: string, first: number): Promise<Product[]> {
    return loaders.get<string, Product[]>('catalog.relatedProducts', (keys) => this.relatedTo(keys.map(parseKey))).load(`${productId} ${first}`);
  }

  /** For each product asked, its related products: one LATERAL subquery per product, one statement in all. */
  private async relatedTo(requests: readonly { productId: string; first: number }[]): Promise<Product[][]> {
    const rows: (Record<string, unknown> & { request: string })[] = await this.connection.query(
      `SELECT k.request, r.*
         FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS k(product_id, lim, request)
         JOIN product s ON s.id = k.product_id
         CROSS JOIN LATERAL (
           SELECT ${PRODUCT_COLUMNS}, p.category_id = s.category_id AS same_category
             FROM product p
            WHERE p.status = 'PUBLISHED' AND NOT p.seller_hidden AND p.offer_kind = s.offer_kind AND p.id <> s.id
            ORDER BY same_category DESC, p.rating_average DESC, p.created_at DESC, p.id
            LIMIT k.lim
         ) r
        ORDER BY k.request, r.same_category DESC, r.rating_average DESC, r.created_at DESC, r.id`,
      [requests.map((r) => r.productId), requests.map((r) => r.first)],
    );
    const related = requests.map((): Product[] => []);
    for (const { request, ...row } of rows) related[Number(request) - 1].push(toProduct(row));
    return related;
  }
}

const parseKey = (key: string) => {
  const [productId, first] = key.split(' ');
  return { productId, first: Number(first) };
};
