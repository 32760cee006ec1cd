import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Order, line and shipping amounts become 64-bit (decision 0016): 21,474,836.47 was the most a 32-bit
 * column held, which ledgers and aggregates would pass.
 */
export class OrderAmountsBigint1764500000700 implements MigrationInterface {
  name = 'OrderAmountsBigint1764500000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shop_order" ALTER COLUMN "subtotal_minor" TYPE bigint, ALTER COLUMN "shipping_minor" TYPE bigint, ALTER COLUMN "tax_minor" TYPE bigint, ALTER COLUMN "total_minor" TYPE bigint, ALTER COLUMN "refunded_minor" TYPE bigint`);
    await queryRunner.query(`ALTER TABLE "order_line" ALTER COLUMN "unit_price_minor" TYPE bigint, ALTER COLUMN "line_total_minor" TYPE bigint`);
    await queryRunner.query(`ALTER TABLE "shipping_method" ALTER COLUMN "price_minor" TYPE bigint, ALTER COLUMN "free_above_minor" TYPE bigint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shipping_method" ALTER COLUMN "price_minor" TYPE integer, ALTER COLUMN "free_above_minor" TYPE integer`);
    await queryRunner.query(`ALTER TABLE "order_line" ALTER COLUMN "unit_price_minor" TYPE integer, ALTER COLUMN "line_total_minor" TYPE integer`);
    await queryRunner.query(`ALTER TABLE "shop_order" ALTER COLUMN "subtotal_minor" TYPE integer, ALTER COLUMN "shipping_minor" TYPE integer, ALTER COLUMN "tax_minor" TYPE integer, ALTER COLUMN "total_minor" TYPE integer, ALTER COLUMN "refunded_minor" TYPE integer`);
  }
}
