import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payouts through Stripe Connect (decision 0041): sellers' connected accounts, one payout (a transfer)
 * per order part, and the reversals that take paid-out money back after refunds.
 */
export class CreatePayouts1765100005001 implements MigrationInterface {
  name = 'CreatePayouts1765100005001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "payout_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seller_kind" "public"."seller_kind" NOT NULL, "seller_id" uuid NOT NULL, "provider" text NOT NULL, "test_mode" boolean NOT NULL, "provider_account_id" text NOT NULL, "details_submitted" boolean NOT NULL DEFAULT false, "transfers_enabled" boolean NOT NULL DEFAULT false, "payouts_enabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "payout_account_provider_account_key" UNIQUE ("provider", "provider_account_id"), CONSTRAINT "payout_account_seller_key" UNIQUE ("seller_kind", "seller_id", "provider", "test_mode"), CONSTRAINT "payout_account_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."payout_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'BLOCKED', 'REVERSED')`);
    await queryRunner.query(
      `CREATE TABLE "payout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_part_id" uuid NOT NULL, "order_id" uuid NOT NULL, "seller_kind" "public"."seller_kind" NOT NULL, "seller_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "reversed_minor" bigint NOT NULL DEFAULT '0', "currency" character(3) NOT NULL, "provider" text NOT NULL, "test_mode" boolean NOT NULL, "provider_account_id" text, "provider_transfer_id" text, "status" "public"."payout_status" NOT NULL DEFAULT 'PENDING', "idempotency_key" text NOT NULL, "attempts" integer NOT NULL DEFAULT '1', "blocked_reason" text, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "payout_idempotency_key" UNIQUE ("idempotency_key"), CONSTRAINT "payout_order_part_key" UNIQUE ("order_part_id"), CONSTRAINT "payout_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "payout_status_idx" ON "payout" ("status")`);
    await queryRunner.query(`CREATE INDEX "payout_seller_idx" ON "payout" ("seller_kind", "seller_id", "created_at")`);
    await queryRunner.query(`CREATE TYPE "public"."payout_reversal_status" AS ENUM('PENDING', 'SENT', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "payout_reversal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "payout_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "status" "public"."payout_reversal_status" NOT NULL DEFAULT 'PENDING', "idempotency_key" text NOT NULL, "provider_reversal_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "payout_reversal_provider_key" UNIQUE ("provider_reversal_id"), CONSTRAINT "payout_reversal_idempotency_key" UNIQUE ("idempotency_key"), CONSTRAINT "payout_reversal_pkey" PRIMARY KEY ("id"))`,
    );
    // One reversal of a payout at a time: a second could overdraw what the refunds took back.
    await queryRunner.query(`CREATE UNIQUE INDEX "payout_reversal_one_pending_key" ON "payout_reversal" ("payout_id") WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX "payout_reversal_payout_idx" ON "payout_reversal" ("payout_id")`);
    await queryRunner.query(
      `ALTER TABLE "payout" ADD CONSTRAINT "payout_order_part_id_fkey" FOREIGN KEY ("order_part_id") REFERENCES "order_part"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payout_reversal" ADD CONSTRAINT "payout_reversal_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payout"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "payout_reversal"`);
    await queryRunner.query(`DROP TYPE "public"."payout_reversal_status"`);
    await queryRunner.query(`DROP TABLE "payout"`);
    await queryRunner.query(`DROP TYPE "public"."payout_status"`);
    await queryRunner.query(`DROP TABLE "payout_account"`);
  }
}
