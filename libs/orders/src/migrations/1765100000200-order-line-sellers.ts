import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each order line keeps who sold it, what kind of offer it was, its category and (for a service) its
 * booking, as they were when the order was placed: the marketplace splits orders by seller from these
 * (decision 0035). The enum types come from the catalog's migration before this one.
 */
export class OrderLineSellers1765100000200 implements MigrationInterface {
  name = 'OrderLineSellers1765100000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order_line" ADD "seller_kind" "seller_kind" NOT NULL DEFAULT 'BRAND'`);
    await queryRunner.query(`ALTER TABLE "order_line" ADD "seller_id" uuid`);
    await queryRunner.query(`ALTER TABLE "order_line" ADD "offer_kind" "offer_kind" NOT NULL DEFAULT 'GOODS'`);
    await queryRunner.query(`ALTER TABLE "order_line" ADD "category_id" uuid`);
    await queryRunner.query(`ALTER TABLE "order_line" ADD "booking_id" uuid`);
    await queryRunner.query(`UPDATE "order_line" l SET "category_id" = p."category_id" FROM "product" p WHERE p."id" = l."product_id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['booking_id', 'category_id', 'offer_kind', 'seller_id', 'seller_kind']) {
      await queryRunner.query(`ALTER TABLE "order_line" DROP COLUMN "${column}"`);
    }
  }
}
