import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles become a set (`account_role`, CONSUMER implied), organisations with memberships, badges granted
 * by brand managers, and a short bio for public profiles. The enum type `account_role` is renamed
 * `platform_role`: a table takes the name (PostgreSQL gives every table a type of its own name).
 */
export class RolesOrganisationsProfiles1764400000000 implements MigrationInterface {
  name = 'RolesOrganisationsProfiles1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."account_role" RENAME TO "platform_role"`);
    await queryRunner.query(`ALTER TYPE "public"."platform_role" ADD VALUE 'MODERATOR' BEFORE 'BRAND_MANAGER'`);
    await queryRunner.query(`CREATE TABLE "account_role" (
      "account_id" uuid NOT NULL,
      "role" "public"."platform_role" NOT NULL,
      "granted_by_id" uuid,
      "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "account_role_granted_check" CHECK ("role" <> 'CONSUMER'),
      CONSTRAINT "account_role_pkey" PRIMARY KEY ("account_id", "role"))`);
    await queryRunner.query(`CREATE INDEX "account_role_role_idx" ON "account_role" ("role")`);
    await queryRunner.query(`ALTER TABLE "account_role" ADD CONSTRAINT "account_role_account_id_fkey"
      FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_role" ADD CONSTRAINT "account_role_granted_by_id_fkey"
      FOREIGN KEY ("granted_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Today's single role becomes the first grant; consumers hold nothing extra.
    await queryRunner.query(`INSERT INTO "account_role" ("account_id", "role", "granted_at")
      SELECT "id", "role", "created_at" FROM "account" WHERE "role" <> 'CONSUMER'`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "role"`);

    await queryRunner.query(`ALTER TABLE "account" ADD "bio" text`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "account_bio_length_check" CHECK (char_length("bio") <= 280)`);

    await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('VENDOR')`);
    await queryRunner.query(`CREATE TABLE "organisation" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kind" "public"."organisation_kind" NOT NULL,
      "name" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "organisation_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_role" AS ENUM('OWNER', 'STAFF')`);
    await queryRunner.query(`CREATE TABLE "organisation_membership" (
      "organisation_id" uuid NOT NULL,
      "account_id" uuid NOT NULL,
      "role" "public"."organisation_role" NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "organisation_membership_pkey" PRIMARY KEY ("organisation_id", "account_id"))`);
    await queryRunner.query(`CREATE INDEX "organisation_membership_account_id_idx" ON "organisation_membership" ("account_id")`);
    await queryRunner.query(`ALTER TABLE "organisation_membership" ADD CONSTRAINT "organisation_membership_organisation_id_fkey"
      FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organisation_membership" ADD CONSTRAINT "organisation_membership_account_id_fkey"
      FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TYPE "public"."granted_badge" AS ENUM('EXPERT')`);
    await queryRunner.query(`CREATE TABLE "member_badge" (
      "account_id" uuid NOT NULL,
      "badge" "public"."granted_badge" NOT NULL,
      "granted_by_id" uuid,
      "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "member_badge_pkey" PRIMARY KEY ("account_id", "badge"))`);
    await queryRunner.query(`ALTER TABLE "member_badge" ADD CONSTRAINT "member_badge_account_id_fkey"
      FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_badge" ADD CONSTRAINT "member_badge_granted_by_id_fkey"
      FOREIGN KEY ("granted_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "member_badge"`);
    await queryRunner.query(`DROP TYPE "public"."granted_badge"`);
    await queryRunner.query(`DROP TABLE "organisation_membership"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_role"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_bio_length_check"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "bio"`);

    // Back to one role per account: the strongest one held (a moderator was a consumer then).
    await queryRunner.query(`CREATE TYPE "public"."account_role_single" AS ENUM('CONSUMER', 'VENDOR', 'BRAND_MANAGER')`);
    await queryRunner.query(`ALTER TABLE "account" ADD "role" "public"."account_role_single" NOT NULL DEFAULT 'CONSUMER'`);
    await queryRunner.query(`UPDATE "account" a SET "role" = CASE
        WHEN EXISTS (SELECT 1 FROM "account_role" r WHERE r."account_id" = a."id" AND r."role" = 'BRAND_MANAGER') THEN 'BRAND_MANAGER'
        WHEN EXISTS (SELECT 1 FROM "account_role" r WHERE r."account_id" = a."id" AND r."role" = 'VENDOR') THEN 'VENDOR'
        ELSE 'CONSUMER' END::"public"."account_role_single"`);
    await queryRunner.query(`DROP TABLE "account_role"`);
    await queryRunner.query(`DROP TYPE "public"."platform_role"`);
    await queryRunner.query(`ALTER TYPE "public"."account_role_single" RENAME TO "account_role"`);
  }
}
