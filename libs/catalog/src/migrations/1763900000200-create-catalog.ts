import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalog1763900000200 implements MigrationInterface {
  name = 'CreateCatalog1763900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."product_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`);
    await queryRunner.query(`CREATE TABLE "product" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "slug" text NOT NULL,
      "name" text NOT NULL,
      "description" text NOT NULL,
      "category" text NOT NULL,
      "price_minor" integer NOT NULL,
      "currency" character(3) NOT NULL,
      "status" "public"."product_status" NOT NULL DEFAULT 'DRAFT',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "product_slug_key" UNIQUE ("slug"),
      CONSTRAINT "product_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "product_status_created_at_idx" ON "product" ("status", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP TYPE "public"."product_status"`);
  }
}
