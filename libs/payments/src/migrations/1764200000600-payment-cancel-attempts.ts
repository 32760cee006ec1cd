import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cancelling an abandoned payment at its provider is counted and timed on the payment itself: each
 * attempt gets its own idempotency key (the provider replays the first answer to a reused key), and a
 * refused payment waits before the next attempt.
 */
export class PaymentCancelAttempts1764200000600 implements MigrationInterface {
  name = 'PaymentCancelAttempts1764200000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" ADD "cancel_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "payment" ADD "cancel_attempted_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" DROP COLUMN "cancel_attempted_at"`);
    await queryRunner.query(`ALTER TABLE "payment" DROP COLUMN "cancel_attempts"`);
  }
}
