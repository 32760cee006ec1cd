import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who sells a product and what kind of offer it is (decision 0035): the brand, a vendor organisation or
 * a member; goods, a bookable service or a used item. `seller_hidden` hides a suspended seller's
 * products at once and brings them back as they were.
 */
export class ProductSellers1765100000000 implements MigrationInterface {
  name = 'ProductSellers1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "seller_kind" AS ENUM ('BRAND', 'VENDOR', 'MEMBER')`);
    await queryRunner.query(`CREATE TYPE "offer_kind" AS ENUM ('GOODS', 'SERVICE', 'USED')`);
    await queryRunner.query(`ALTER TABLE "product" ADD "seller_kind" "seller_kind" NOT NULL DEFAULT 'BRAND'`);
    await queryRunner.query(`ALTER TABLE "product" ADD "seller_id" uuid`);
    await queryRunner.query(`ALTER TABLE "product" ADD "offer_kind" "offer_kind" NOT NULL DEFAULT 'GOODS'`);
    await queryRunner.query(`ALTER TABLE "product" ADD "seller_hidden" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "product_seller_check" CHECK ((seller_kind = 'BRAND') = (seller_id IS NULL))`,
    );
    await queryRunner.query(`CREATE INDEX "product_seller_idx" ON "product" ("seller_kind", "seller_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "product_seller_idx"`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "product_seller_check"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "seller_hidden"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "offer_kind"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "seller_id"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "seller_kind"`);
    await queryRunner.query(`DROP TYPE "offer_kind"`);
    await queryRunner.query(`DROP TYPE "seller_kind"`);
  }
}
