import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { Product, ProductStatus } from './product.entity';

export type NewProduct = Pick<Product, 'slug' | 'name' | 'description' | 'category' | 'priceMinor' | 'currency' | 'status'>;

@Injectable()
export class ProductService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Published products, newest first. */
  listPublished(first: number): Promise<Product[]> {
    return this.connection.getRepository(Product).find({
      where: { status: ProductStatus.PUBLISHED },
      order: { createdAt: 'DESC', slug: 'ASC' },
      take: first,
    });
  }

  /** Creates products, or updates those whose slug exists (used by demo data). */
  async upsertMany(products: NewProduct[]): Promise<void> {
    await this.connection.getRepository(Product).upsert(products, { conflictPaths: ['slug'] });
  }
}
