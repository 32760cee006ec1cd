import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Products gain categories, variants (price and stock move there), images and a rating summary.
 * Existing products keep their data: their text category becomes a category row and their price a
 * single "Standard" variant.
 */
export class CatalogVariantsCategoriesImages1763900000400 implements MigrationInterface {
  name = 'CatalogVariantsCategoriesImages1763900000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "category" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "slug" text NOT NULL,
      "name" text NOT NULL,
      "position" integer NOT NULL DEFAULT '0',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "category_slug_key" UNIQUE ("slug"),
      CONSTRAINT "category_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`INSERT INTO "category" ("slug", "name")
      SELECT DISTINCT "category", initcap("category") FROM "product"`);

    await queryRunner.query(`CREATE TABLE "product_variant" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "product_id" uuid NOT NULL,
      "sku" text NOT NULL,
      "name" text NOT NULL,
      "size" text,
      "colour" text,
      "price_minor" integer NOT NULL,
      "currency" character(3) NOT NULL,
      "stock" integer NOT NULL DEFAULT '0',
      "position" integer NOT NULL DEFAULT '0',
      CONSTRAINT "product_variant_sku_key" UNIQUE ("sku"),
      CONSTRAINT "product_variant_price_check" CHECK ("price_minor" >= 0),
      CONSTRAINT "product_variant_stock_check" CHECK ("stock" >= 0),
      CONSTRAINT "product_variant_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "product_variant_product_id_idx" ON "product_variant" ("product_id", "position")`);
    await queryRunner.query(`INSERT INTO "product_variant" ("product_id", "sku", "name", "price_minor", "currency")
      SELECT "id", upper("slug"), 'Standard', "price_minor", "currency" FROM "product"`);

    await queryRunner.query(`CREATE TABLE "product_image" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "product_id" uuid NOT NULL,
      "storage_key" text NOT NULL,
      "alt" text NOT NULL,
      "position" integer NOT NULL DEFAULT '0',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "product_image_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "product_image_product_id_idx" ON "product_image" ("product_id", "position")`);

    await queryRunner.query(`ALTER TABLE "product" ADD "category_id" uuid`);
    await queryRunner.query(`UPDATE "product" p SET "category_id" = c."id" FROM "category" c WHERE c."slug" = p."category"`);
    await queryRunner.query(`ALTER TABLE "product" ALTER COLUMN "category_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "product" ADD "min_price_minor" integer`);
    await queryRunner.query(`UPDATE "product" SET "min_price_minor" = "price_minor"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "category"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "price_minor"`);
    await queryRunner.query(`ALTER TABLE "product" ADD "rating_average" numeric(3,2) NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "product" ADD "rating_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "product" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);

    await queryRunner.query(`DROP INDEX "public"."product_status_created_at_idx"`);
    await queryRunner.query(`CREATE INDEX "product_status_created_at_idx" ON "product" ("status", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "product_status_min_price_idx" ON "product" ("status", "min_price_minor", "id")`);
    await queryRunner.query(`CREATE INDEX "product_status_name_idx" ON "product" ("status", "name", "id")`);
    await queryRunner.query(`CREATE INDEX "product_status_rating_idx" ON "product" ("status", "rating_average", "id")`);
    await queryRunner.query(`CREATE INDEX "product_category_id_idx" ON "product" ("category_id")`);

    await queryRunner.query(`ALTER TABLE "product" ADD CONSTRAINT "product_category_id_fkey"
      FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_image" ADD CONSTRAINT "product_image_product_id_fkey"
      FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_variant" ADD CONSTRAINT "product_variant_product_id_fkey"
      FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product" ADD "category" text`);
    await queryRunner.query(`ALTER TABLE "product" ADD "price_minor" integer`);
    await queryRunner.query(`UPDATE "product" p SET "category" = c."slug" FROM "category" c WHERE c."id" = p."category_id"`);
    await queryRunner.query(`UPDATE "product" SET "price_minor" = COALESCE("min_price_minor", 0)`);
    await queryRunner.query(`ALTER TABLE "product" ALTER COLUMN "category" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "product" ALTER COLUMN "price_minor" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."product_status_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."product_status_min_price_idx"`);
    await queryRunner.query(`DROP INDEX "public"."product_status_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."product_status_rating_idx"`);
    await queryRunner.query(`DROP INDEX "public"."product_category_id_idx"`);
    await queryRunner.query(`CREATE INDEX "product_status_created_at_idx" ON "product" ("status", "created_at")`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "product_category_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "category_id", DROP COLUMN "min_price_minor",
      DROP COLUMN "rating_average", DROP COLUMN "rating_count", DROP COLUMN "updated_at"`);
    await queryRunner.query(`DROP TABLE "product_image"`);
    await queryRunner.query(`DROP TABLE "product_variant"`);
    await queryRunner.query(`DROP TABLE "category"`);
  }
}
