import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The community's common table and its photos (decision 0026). */
export class CreateContribution1765000000010 implements MigrationInterface {
  name = 'CreateContribution1765000000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "contribution_kind" AS ENUM ('BUILD', 'ROUTE', 'GUIDE', 'QUESTION', 'PROJECT_UPDATE')`);
    await queryRunner.query(`CREATE TYPE "contribution_status" AS ENUM ('DRAFT', 'PUBLISHED', 'REMOVED')`);
    await queryRunner.query(`CREATE TABLE "contribution" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kind" "contribution_kind" NOT NULL,
      "author_id" uuid NOT NULL,
      "title" text NOT NULL,
      "body" text NOT NULL DEFAULT '',
      "tags" text array NOT NULL DEFAULT '{}',
      "status" "contribution_status" NOT NULL DEFAULT 'DRAFT',
      "product_id" uuid,
      "category_id" uuid,
      "asks_advice" boolean NOT NULL DEFAULT false,
      "accepted_answer_id" uuid,
      "first_answer_at" TIMESTAMP WITH TIME ZONE,
      "comment_count" integer NOT NULL DEFAULT 0,
      "reaction_count" integer NOT NULL DEFAULT 0,
      "support_count" integer NOT NULL DEFAULT 0,
      "removed_by_id" uuid,
      "removed_at" TIMESTAMP WITH TIME ZONE,
      "removed_reason" text,
      "published_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "contribution_title_length_check" CHECK (char_length("title") BETWEEN 1 AND 140),
      CONSTRAINT "contribution_body_length_check" CHECK (char_length("body") <= 20000),
      CONSTRAINT "contribution_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "contribution_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "account"("id") ON DELETE CASCADE,
      CONSTRAINT "contribution_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE SET NULL,
      CONSTRAINT "contribution_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE SET NULL)`);
    await queryRunner.query(`CREATE INDEX "contribution_feed_idx" ON "contribution" ("status", "published_at", "id")`);
    await queryRunner.query(`CREATE INDEX "contribution_author_idx" ON "contribution" ("author_id", "published_at")`);
    await queryRunner.query(`CREATE INDEX "contribution_kind_idx" ON "contribution" ("kind", "status", "published_at")`);
    await queryRunner.query(`CREATE INDEX "contribution_product_idx" ON "contribution" ("product_id") WHERE "product_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "contribution_photo" (
      "contribution_id" uuid NOT NULL,
      "media_asset_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "caption" text,
      CONSTRAINT "contribution_photo_pkey" PRIMARY KEY ("contribution_id", "media_asset_id"),
      CONSTRAINT "contribution_photo_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "contribution_photo_media_asset_id_fkey" FOREIGN KEY ("media_asset_id") REFERENCES "media_asset"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "contribution_photo_asset_idx" ON "contribution_photo" ("media_asset_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contribution_photo"`);
    await queryRunner.query(`DROP TABLE "contribution"`);
    await queryRunner.query(`DROP TYPE "contribution_status"`);
    await queryRunner.query(`DROP TYPE "contribution_kind"`);
  }
}
