import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A payment remembers the charge that moved its money: sellers' transfers name it (decision 0041). */
export class PaymentChargeId1765100005000 implements MigrationInterface {
  name = 'PaymentChargeId1765100005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" ADD "provider_charge_id" text`);
    // The offline provider's charges follow from its payment ids (test_pay_<key> → test_ch_<key>).
    await queryRunner.query(
      `UPDATE "payment" SET "provider_charge_id" = 'test_ch_' || substr("provider_payment_id", 10) WHERE "provider" = 'offline-test' AND "provider_payment_id" LIKE 'test\\_pay\\_%'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" DROP COLUMN "provider_charge_id"`);
  }
}
