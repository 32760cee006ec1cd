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

  /** Creates the products whose slug is not taken yet; existing products are left as they are. */
  async createMissing(products: NewProduct[]): Promise<void> {
    await this.connection.getRepository(Product).createQueryBuilder().insert().values(products).orIgnore().execute();
  }
}
