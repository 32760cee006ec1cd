import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrders1763900000700 implements MigrationInterface {
  name = 'CreateOrders1763900000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."order_status" AS ENUM('PENDING_PAYMENT', 'PAID', 'FULFILLED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "shop_order" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "number" SERIAL NOT NULL,
      "account_id" uuid NOT NULL,
      "checkout_key" uuid NOT NULL,
      "status" "public"."order_status" NOT NULL DEFAULT 'PENDING_PAYMENT',
      "currency" character(3) NOT NULL,
      "subtotal_minor" integer NOT NULL DEFAULT '0',
      "shipping_minor" integer NOT NULL DEFAULT '0',
      "tax_minor" integer NOT NULL DEFAULT '0',
      "total_minor" integer NOT NULL DEFAULT '0',
      "refunded_minor" integer NOT NULL DEFAULT '0',
      "prices_include_tax" boolean NOT NULL,
      "tax_rate_bp" integer NOT NULL,
      "shipping_method_name" text NOT NULL,
      "ship_name" text NOT NULL,
      "ship_line1" text NOT NULL,
      "ship_line2" text,
      "ship_city" text NOT NULL,
      "ship_postcode" text NOT NULL,
      "ship_country" character(2) NOT NULL,
      "reservation_expires_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "paid_at" TIMESTAMP WITH TIME ZONE,
      "fulfilled_at" TIMESTAMP WITH TIME ZONE,
      "cancelled_at" TIMESTAMP WITH TIME ZONE,
      "cancel_reason" text,
      CONSTRAINT "shop_order_number_key" UNIQUE ("number"),
      CONSTRAINT "shop_order_checkout_key" UNIQUE ("account_id", "checkout_key"),
      CONSTRAINT "shop_order_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "shop_order_status_idx" ON "shop_order" ("status", "reservation_expires_at")`);
    await queryRunner.query(`CREATE INDEX "shop_order_account_id_idx" ON "shop_order" ("account_id", "created_at")`);
    await queryRunner.query(`CREATE TABLE "order_line" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "order_id" uuid NOT NULL,
      "variant_id" uuid NOT NULL,
      "product_id" uuid NOT NULL,
      "product_name" text NOT NULL,
      "variant_name" text NOT NULL,
      "sku" text NOT NULL,
      "unit_price_minor" integer NOT NULL,
      "quantity" integer NOT NULL,
      "line_total_minor" integer NOT NULL,
      "currency" character(3) NOT NULL,
      CONSTRAINT "order_line_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "order_line_order_id_idx" ON "order_line" ("order_id")`);
    await queryRunner.query(`ALTER TABLE "order_line" ADD CONSTRAINT "order_line_order_id_fkey"
      FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "shipping_method" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" text NOT NULL,
      "price_minor" integer NOT NULL,
      "free_above_minor" integer,
      "currency" character(3) NOT NULL,
      "active" boolean NOT NULL DEFAULT true,
      "position" integer NOT NULL DEFAULT '0',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "shipping_method_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "shop_settings" (
      "id" integer NOT NULL,
      "prices_include_tax" boolean NOT NULL DEFAULT true,
      "reservation_minutes" integer NOT NULL DEFAULT '30',
      CONSTRAINT "shop_settings_single_row" CHECK ("id" = 1),
      CONSTRAINT "shop_settings_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "tax_rate" (
      "country" character(2) NOT NULL,
      "rate_bp" integer NOT NULL,
      CONSTRAINT "tax_rate_pkey" PRIMARY KEY ("country"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "tax_rate"`);
    await queryRunner.query(`DROP TABLE "shop_settings"`);
    await queryRunner.query(`DROP TABLE "shipping_method"`);
    await queryRunner.query(`DROP TABLE "order_line"`);
    await queryRunner.query(`DROP TABLE "shop_order"`);
    await queryRunner.query(`DROP TYPE "public"."order_status"`);
  }
}
