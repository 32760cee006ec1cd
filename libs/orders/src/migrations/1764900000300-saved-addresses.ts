import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Members' address books (decision 0022): at most one default address per member. */
export class SavedAddresses1764900000300 implements MigrationInterface {
  name = 'SavedAddresses1764900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "saved_address" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "account_id" uuid NOT NULL,
      "name" text NOT NULL,
      "line1" text NOT NULL,
      "line2" text,
      "city" text NOT NULL,
      "postcode" text NOT NULL,
      "country" character(2) NOT NULL,
      "is_default" boolean NOT NULL DEFAULT false,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "saved_address_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "saved_address_account_id_idx" ON "saved_address" ("account_id", "created_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "saved_address_one_default_key" ON "saved_address" ("account_id") WHERE "is_default"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "saved_address"`);
  }
}
