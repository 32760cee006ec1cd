import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Variant prices and a product's lowest price become 64-bit (decision 0016): a price times 99 units, and
 * the totals built from prices, must not meet a 32-bit ceiling.
 */
export class CatalogPricesBigint1764500000200 implements MigrationInterface {
  name = 'CatalogPricesBigint1764500000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_variant" ALTER COLUMN "price_minor" TYPE bigint`);
    await queryRunner.query(`ALTER TABLE "product" ALTER COLUMN "min_price_minor" TYPE bigint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product" ALTER COLUMN "min_price_minor" TYPE integer`);
    await queryRunner.query(`ALTER TABLE "product_variant" ALTER COLUMN "price_minor" TYPE integer`);
  }
}
