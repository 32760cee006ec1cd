import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Product photos become WebP variants with a known size (decision 0020), and each product's photos
 * get distinct positions (0 is the main photo). Photos stored before keep their single file until the
 * API's start-up upgrade makes their variants.
 */
export class ProductImageVariants1764900000100 implements MigrationInterface {
  name = 'ProductImageVariants1764900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_image" ADD "width" integer`);
    await queryRunner.query(`ALTER TABLE "product_image" ADD "height" integer`);
    await queryRunner.query(`ALTER TABLE "product_image" ADD "widths" integer array NOT NULL DEFAULT '{}'`);
    // Uploads counted their position, so two at once could share one: number them again in order.
    await queryRunner.query(`UPDATE "product_image" i SET "position" = n."position"
      FROM (SELECT "id", row_number() OVER (PARTITION BY "product_id" ORDER BY "position", "created_at", "id") - 1 AS "position" FROM "product_image") n
      WHERE n."id" = i."id"`);
    await queryRunner.query(`DROP INDEX "product_image_product_id_idx"`);
    await queryRunner.query(`ALTER TABLE "product_image" ADD CONSTRAINT "product_image_position_key" UNIQUE ("product_id", "position") DEFERRABLE INITIALLY DEFERRED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_image" DROP CONSTRAINT "product_image_position_key"`);
    await queryRunner.query(`CREATE INDEX "product_image_product_id_idx" ON "product_image" ("product_id", "position")`);
    await queryRunner.query(`ALTER TABLE "product_image" DROP COLUMN "widths"`);
    await queryRunner.query(`ALTER TABLE "product_image" DROP COLUMN "height"`);
    await queryRunner.query(`ALTER TABLE "product_image" DROP COLUMN "width"`);
  }
}
