import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Guides: details, steps with photos, tools and parts, "I made this" (decision 0031). */
export class CreateGuides1765000000500 implements MigrationInterface {
  name = 'CreateGuides1765000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."guide_difficulty" AS ENUM('EASY', 'MODERATE', 'HARD')`);
    await queryRunner.query(`CREATE TYPE "public"."guide_item_kind" AS ENUM('TOOL', 'PART')`);
    await queryRunner.query(`CREATE TABLE "guide" (
      "contribution_id" uuid NOT NULL,
      "difficulty" "public"."guide_difficulty" NOT NULL,
      "time_minutes" integer NOT NULL,
      "completion_count" integer NOT NULL DEFAULT '0',
      CONSTRAINT "guide_completion_count_check" CHECK ("completion_count" >= 0),
      CONSTRAINT "guide_time_minutes_check" CHECK ("time_minutes" BETWEEN 1 AND 1440),
      CONSTRAINT "guide_pkey" PRIMARY KEY ("contribution_id"),
      CONSTRAINT "guide_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE TABLE "guide_step" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contribution_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "title" text NOT NULL,
      "body" text NOT NULL DEFAULT '',
      CONSTRAINT "guide_step_position_key" UNIQUE ("contribution_id", "position"),
      CONSTRAINT "guide_step_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "guide_step_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE TABLE "guide_step_photo" (
      "step_id" uuid NOT NULL,
      "media_asset_id" uuid NOT NULL,
      "position" integer NOT NULL,
      CONSTRAINT "guide_step_photo_pkey" PRIMARY KEY ("step_id", "media_asset_id"),
      CONSTRAINT "guide_step_photo_step_id_fkey" FOREIGN KEY ("step_id") REFERENCES "guide_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "guide_step_photo_media_asset_id_fkey" FOREIGN KEY ("media_asset_id") REFERENCES "media_asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE INDEX "guide_step_photo_asset_idx" ON "guide_step_photo" ("media_asset_id")`);
    await queryRunner.query(`CREATE TABLE "guide_item" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contribution_id" uuid NOT NULL,
      "kind" "public"."guide_item_kind" NOT NULL,
      "position" integer NOT NULL,
      "variant_id" uuid,
      "label" text NOT NULL,
      "quantity" integer NOT NULL DEFAULT '1',
      CONSTRAINT "guide_item_quantity_check" CHECK ("quantity" BETWEEN 1 AND 20),
      CONSTRAINT "guide_item_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "guide_item_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "guide_item_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "product_variant"("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE INDEX "guide_item_contribution_idx" ON "guide_item" ("contribution_id", "position")`);
    await queryRunner.query(`CREATE INDEX "guide_item_variant_idx" ON "guide_item" ("variant_id") WHERE "variant_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "guide_completion" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contribution_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "media_asset_id" uuid NOT NULL,
      "note" text NOT NULL DEFAULT '',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "guide_completion_member_key" UNIQUE ("contribution_id", "member_id"),
      CONSTRAINT "guide_completion_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "guide_completion_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "guide_completion_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "guide_completion_media_asset_id_fkey" FOREIGN KEY ("media_asset_id") REFERENCES "media_asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE INDEX "guide_completion_recent_idx" ON "guide_completion" ("contribution_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "guide_completion_asset_idx" ON "guide_completion" ("media_asset_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "guide_completion"`);
    await queryRunner.query(`DROP TABLE "guide_item"`);
    await queryRunner.query(`DROP TABLE "guide_step_photo"`);
    await queryRunner.query(`DROP TABLE "guide_step"`);
    await queryRunner.query(`DROP TABLE "guide"`);
    await queryRunner.query(`DROP TYPE "public"."guide_item_kind"`);
    await queryRunner.query(`DROP TYPE "public"."guide_difficulty"`);
  }
}
