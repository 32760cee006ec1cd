import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payment and refund amounts become 64-bit (decision 0016), like the orders they settle.
 */
export class PaymentAmountsBigint1764500000600 implements MigrationInterface {
  name = 'PaymentAmountsBigint1764500000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" ALTER COLUMN "amount_minor" TYPE bigint, ALTER COLUMN "refunded_minor" TYPE bigint`);
    await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "amount_minor" TYPE bigint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "amount_minor" TYPE integer`);
    await queryRunner.query(`ALTER TABLE "payment" ALTER COLUMN "amount_minor" TYPE integer, ALTER COLUMN "refunded_minor" TYPE integer`);
  }
}
