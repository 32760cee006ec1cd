import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments remember whether they were taken in test mode (refunds go back to the provider and mode
 * that took them); payments can be cancelled; refunds get a status (PENDING before the provider is
 * asked, then SUCCEEDED or FAILED), who asked for them, and a retry count.
 */
export class PaymentProviderModeAndRefundStatus1764100000600 implements MigrationInterface {
  name = 'PaymentProviderModeAndRefundStatus1764100000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."payment_status" ADD VALUE IF NOT EXISTS 'CANCELLED'`);
    await queryRunner.query(`ALTER TABLE "payment" ADD "test_mode" boolean NOT NULL DEFAULT false`);
    // The offline provider only ever takes test payments. (Stripe rows cannot tell; live is the safe guess.)
    await queryRunner.query(`UPDATE "payment" SET "test_mode" = true WHERE "provider" = 'offline-test'`);
    await queryRunner.query(`ALTER TABLE "payment" ALTER COLUMN "test_mode" DROP DEFAULT`);

    await queryRunner.query(`CREATE TYPE "public"."refund_status" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "status" "public"."refund_status" NOT NULL DEFAULT 'PENDING'`);
    // Rows used to be kept only once the provider answered; one without a provider id may never have
    // reached it, so it stays PENDING and is retried with its own key.
    await queryRunner.query(`UPDATE "refund" SET "status" = 'SUCCEEDED' WHERE "provider_refund_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "requested_by" uuid`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "last_error" text`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE INDEX "refund_pending_idx" ON "refund" ("updated_at") WHERE "status" = 'PENDING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."refund_pending_idx"`);
    await queryRunner.query(`ALTER TABLE "refund" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "refund" DROP COLUMN "last_error"`);
    await queryRunner.query(`ALTER TABLE "refund" DROP COLUMN "attempts"`);
    await queryRunner.query(`ALTER TABLE "refund" DROP COLUMN "requested_by"`);
    await queryRunner.query(`ALTER TABLE "refund" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."refund_status"`);
    await queryRunner.query(`ALTER TABLE "payment" DROP COLUMN "test_mode"`);
    // PostgreSQL cannot drop an enum value: CANCELLED stays in payment_status, unused.
    await queryRunner.query(`UPDATE "payment" SET "status" = 'FAILED' WHERE "status" = 'CANCELLED'`);
  }
}
