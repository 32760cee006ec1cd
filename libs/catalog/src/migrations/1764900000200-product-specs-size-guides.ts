import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product's spec sheet (an ordered list of label/value pairs) and a category's size guide, each one
 * JSON value read and written whole with its row (decision 0021).
 */
export class ProductSpecsSizeGuides1764900000200 implements MigrationInterface {
  name = 'ProductSpecsSizeGuides1764900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product" ADD "specs" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "category" ADD "size_guide" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "category" DROP COLUMN "size_guide"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "specs"`);
  }
}
