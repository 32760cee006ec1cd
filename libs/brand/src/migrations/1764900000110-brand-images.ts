import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The brand's logo and home hero image, as WebP variants (decision 0020). */
export class BrandImages1764900000110 implements MigrationInterface {
  name = 'BrandImages1764900000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "brand_image" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "brand_id" uuid NOT NULL,
      "slot" text NOT NULL,
      "storage_key" text NOT NULL,
      "alt" text NOT NULL,
      "width" integer NOT NULL,
      "height" integer NOT NULL,
      "widths" integer array NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "brand_image_brand_id_slot_key" UNIQUE ("brand_id", "slot"),
      CONSTRAINT "brand_image_slot_check" CHECK ("slot" IN ('LOGO', 'HERO')),
      CONSTRAINT "brand_image_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "brand_image_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brand"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "brand_image"`);
  }
}
