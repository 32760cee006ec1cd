import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Builds: their details, parts lists, supports and the support stages setting (decision 0028). */
export class CreateBuilds1765000000200 implements MigrationInterface {
  name = 'CreateBuilds1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "build_state" AS ENUM ('SUPPORTING', 'IN_REVIEW', 'ACCEPTED', 'DECLINED', 'EXPIRED')`);
    await queryRunner.query(`CREATE TABLE "build" (
      "contribution_id" uuid NOT NULL,
      "state" "build_state" NOT NULL DEFAULT 'SUPPORTING',
      "stage" integer NOT NULL DEFAULT 0,
      "stage_started_at" TIMESTAMP WITH TIME ZONE,
      "stage_deadline" TIMESTAMP WITH TIME ZONE,
      "entered_review_at" TIMESTAMP WITH TIME ZONE,
      "decided_at" TIMESTAMP WITH TIME ZONE,
      "decided_by_id" uuid,
      "decline_reason" text,
      "product_id" uuid,
      "royalty_bp" integer,
      CONSTRAINT "build_stage_check" CHECK ("stage" >= 0),
      CONSTRAINT "build_royalty_check" CHECK ("royalty_bp" IS NULL OR "royalty_bp" BETWEEN 0 AND 10000),
      CONSTRAINT "build_pkey" PRIMARY KEY ("contribution_id"),
      CONSTRAINT "build_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "build_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE SET NULL)`);
    await queryRunner.query(`CREATE INDEX "build_state_deadline_idx" ON "build" ("state", "stage_deadline")`);
    await queryRunner.query(`CREATE TABLE "build_part" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contribution_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "variant_id" uuid,
      "label" text NOT NULL,
      "quantity" integer NOT NULL DEFAULT 1,
      "note" text,
      CONSTRAINT "build_part_quantity_check" CHECK ("quantity" BETWEEN 1 AND 99),
      CONSTRAINT "build_part_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "build_part_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "build_part_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "product_variant"("id") ON DELETE SET NULL)`);
    await queryRunner.query(`CREATE INDEX "build_part_contribution_idx" ON "build_part" ("contribution_id", "position")`);
    await queryRunner.query(`CREATE INDEX "build_part_variant_idx" ON "build_part" ("variant_id") WHERE "variant_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "build_support" (
      "contribution_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "build_support_pkey" PRIMARY KEY ("contribution_id", "member_id"),
      CONSTRAINT "build_support_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "build_support_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "account"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "build_support_member_idx" ON "build_support" ("member_id")`);
    await queryRunner.query(`CREATE TABLE "build_support_stage" (
      "position" integer NOT NULL,
      "supporters" integer NOT NULL,
      "window_days" integer NOT NULL,
      CONSTRAINT "build_support_stage_check" CHECK ("supporters" > 0 AND "window_days" BETWEEN 1 AND 730),
      CONSTRAINT "build_support_stage_pkey" PRIMARY KEY ("position"))`);
    // LEGO Ideas' stages as the defaults (brand managers change them with setBuildSupportStages).
    await queryRunner.query(`INSERT INTO "build_support_stage" ("position", "supporters", "window_days") VALUES (0, 100, 60), (1, 1000, 365), (2, 5000, 180), (3, 10000, 180)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "build_support_stage"`);
    await queryRunner.query(`DROP TABLE "build_support"`);
    await queryRunner.query(`DROP TABLE "build_part"`);
    await queryRunner.query(`DROP TABLE "build"`);
    await queryRunner.query(`DROP TYPE "build_state"`);
  }
}
