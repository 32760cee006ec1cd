import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCart1763900000500 implements MigrationInterface {
  name = 'CreateCart1763900000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cart_line" (
      "account_id" uuid NOT NULL,
      "variant_id" uuid NOT NULL,
      "quantity" integer NOT NULL,
      "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "cart_line_quantity_check" CHECK ("quantity" BETWEEN 1 AND 99),
      CONSTRAINT "cart_line_pkey" PRIMARY KEY ("account_id", "variant_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cart_line"`);
  }
}
