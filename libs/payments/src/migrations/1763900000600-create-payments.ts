import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePayments1763900000600 implements MigrationInterface {
  name = 'CreatePayments1763900000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."payment_status" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "payment" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "order_id" uuid NOT NULL,
      "provider" text NOT NULL,
      "provider_payment_id" text,
      "status" "public"."payment_status" NOT NULL DEFAULT 'PENDING',
      "amount_minor" integer NOT NULL,
      "currency" character(3) NOT NULL,
      "refunded_minor" integer NOT NULL DEFAULT '0',
      "client_secret" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "payment_provider_payment_id_key" UNIQUE ("provider_payment_id"),
      CONSTRAINT "payment_order_id_key" UNIQUE ("order_id"),
      CONSTRAINT "payment_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "refund" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "payment_id" uuid NOT NULL,
      "amount_minor" integer NOT NULL,
      "idempotency_key" text NOT NULL,
      "provider_refund_id" text,
      "reason" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "refund_idempotency_key_key" UNIQUE ("idempotency_key"),
      CONSTRAINT "refund_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "refund_payment_id_idx" ON "refund" ("payment_id")`);
    await queryRunner.query(`ALTER TABLE "refund" ADD CONSTRAINT "refund_payment_id_fkey"
      FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "processed_webhook_event" (
      "id" text NOT NULL,
      "type" text NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "processed_webhook_event_pkey" PRIMARY KEY ("id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "processed_webhook_event"`);
    await queryRunner.query(`DROP TABLE "refund"`);
    await queryRunner.query(`DROP TABLE "payment"`);
    await queryRunner.query(`DROP TYPE "public"."payment_status"`);
  }
}
