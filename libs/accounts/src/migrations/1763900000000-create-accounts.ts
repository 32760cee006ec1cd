import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1763900000000 implements MigrationInterface {
  name = 'CreateAccounts1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."account_role" AS ENUM('CONSUMER', 'VENDOR', 'BRAND_MANAGER')`);
    await queryRunner.query(`CREATE TABLE "account" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" text NOT NULL,
      "display_name" text NOT NULL,
      "password_hash" text NOT NULL,
      "role" "public"."account_role" NOT NULL DEFAULT 'CONSUMER',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "account_email_key" UNIQUE ("email"),
      CONSTRAINT "account_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "session" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "token_hash" text NOT NULL,
      "account_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "session_token_hash_key" UNIQUE ("token_hash"),
      CONSTRAINT "session_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "session_account_id_idx" ON "session" ("account_id")`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "session_account_id_fkey"
      FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP TYPE "public"."account_role"`);
  }
}
