import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bookable services (decision 0039): service offers, their slots, bookings and double-blind reviews. */
export class CreateBookings1765100003000 implements MigrationInterface {
  name = 'CreateBookings1765100003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "service_mode" AS ENUM ('ONLINE', 'IN_PERSON')`);
    await queryRunner.query(`
      CREATE TABLE "service_offer" (
        "product_id" uuid NOT NULL,
        "vendor_id" uuid NOT NULL,
        "duration_minutes" integer NOT NULL,
        "capacity" integer NOT NULL,
        "mode" "service_mode" NOT NULL,
        "meeting_url" text,
        "location" text,
        "time_zone" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "service_offer_duration_check" CHECK ("duration_minutes" > 0 AND "duration_minutes" <= 1440),
        CONSTRAINT "service_offer_capacity_check" CHECK ("capacity" > 0 AND "capacity" <= 1000),
        CONSTRAINT "service_offer_pkey" PRIMARY KEY ("product_id"),
        CONSTRAINT "service_offer_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "service_slot" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "product_id" uuid NOT NULL,
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "capacity" integer NOT NULL,
        "seats_taken" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "service_slot_times_check" CHECK ("ends_at" > "starts_at"),
        CONSTRAINT "service_slot_seats_check" CHECK ("seats_taken" >= 0 AND "seats_taken" <= "capacity"),
        CONSTRAINT "service_slot_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "service_slot_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "service_offer"("product_id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "service_slot_product_idx" ON "service_slot" ("product_id", "starts_at")`);
    await queryRunner.query(`CREATE TYPE "booking_status" AS ENUM ('HELD', 'EXPIRED', 'PAID', 'CONFIRMED', 'COMPLETED', 'CANCELLED')`);
    await queryRunner.query(`
      CREATE TABLE "booking" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slot_id" uuid NOT NULL,
        "product_id" uuid NOT NULL,
        "vendor_id" uuid NOT NULL,
        "buyer_id" uuid NOT NULL,
        "seats" integer NOT NULL,
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "status" "booking_status" NOT NULL DEFAULT 'HELD',
        "hold_expires_at" TIMESTAMP WITH TIME ZONE,
        "order_id" uuid,
        "order_part_id" uuid,
        "amount_minor" bigint,
        "currency" character(3),
        "refunded_minor" bigint NOT NULL DEFAULT 0,
        "payment_issue" text,
        "paid_at" TIMESTAMP WITH TIME ZONE,
        "confirmed_at" TIMESTAMP WITH TIME ZONE,
        "completed_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "cancel_reason" text,
        "cancelled_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "booking_seats_check" CHECK ("seats" > 0),
        CONSTRAINT "booking_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "booking_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "service_slot"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`CREATE INDEX "booking_vendor_idx" ON "booking" ("vendor_id", "starts_at")`);
    await queryRunner.query(`CREATE INDEX "booking_buyer_idx" ON "booking" ("buyer_id", "starts_at")`);
    await queryRunner.query(`CREATE INDEX "booking_slot_idx" ON "booking" ("slot_id", "status")`);
    await queryRunner.query(`CREATE INDEX "booking_hold_idx" ON "booking" ("status", "hold_expires_at")`);
    await queryRunner.query(`CREATE INDEX "booking_order_idx" ON "booking" ("order_id")`);
    await queryRunner.query(`CREATE TYPE "review_side" AS ENUM ('BUYER', 'VENDOR')`);
    await queryRunner.query(`
      CREATE TABLE "booking_review" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "booking_id" uuid NOT NULL,
        "vendor_id" uuid NOT NULL,
        "author_side" "review_side" NOT NULL,
        "author_id" uuid NOT NULL,
        "rating" smallint NOT NULL,
        "text" text NOT NULL DEFAULT '',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "booking_review_rating_check" CHECK ("rating" BETWEEN 1 AND 5),
        CONSTRAINT "booking_review_side_key" UNIQUE ("booking_id", "author_side"),
        CONSTRAINT "booking_review_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "booking_review_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "booking_review_vendor_idx" ON "booking_review" ("vendor_id", "author_side")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "booking_review"`);
    await queryRunner.query(`DROP TYPE "review_side"`);
    await queryRunner.query(`DROP TABLE "booking"`);
    await queryRunner.query(`DROP TYPE "booking_status"`);
    await queryRunner.query(`DROP TABLE "service_slot"`);
    await queryRunner.query(`DROP TABLE "service_offer"`);
    await queryRunner.query(`DROP TYPE "service_mode"`);
  }
}
