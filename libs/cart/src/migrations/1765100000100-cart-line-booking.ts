import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A service's cart line carries the booking (a held slot) it pays for (decision 0035). */
export class CartLineBooking1765100000100 implements MigrationInterface {
  name = 'CartLineBooking1765100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cart_line" ADD "booking_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cart_line" DROP COLUMN "booking_id"`);
  }
}
