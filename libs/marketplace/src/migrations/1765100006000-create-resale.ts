import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Used-item resale (decision 0042): members' adult attestations, used items, the stolen-bike list,
 * claims on held funds and build creators' royalty agreements.
 */
export class CreateResale1765100006000 implements MigrationInterface {
  name = 'CreateResale1765100006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "seller_attestation" (
        "account_id" uuid NOT NULL,
        "adult_confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "seller_attestation_pkey" PRIMARY KEY ("account_id")
      )`);

    await queryRunner.query(`CREATE TYPE "used_item_kind" AS ENUM ('BIKE', 'PART', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "used_item_condition" AS ENUM ('NEW_WITH_TAGS', 'LIKE_NEW', 'GOOD', 'FAIR', 'FOR_PARTS')`);
    await queryRunner.query(`
      CREATE TABLE "used_item" (
        "product_id" uuid NOT NULL,
        "seller_id" uuid NOT NULL,
        "kind" "used_item_kind" NOT NULL,
        "condition" "used_item_condition" NOT NULL,
        "brand" text NOT NULL,
        "model" text NOT NULL,
        "frame_size" text,
        "year" integer,
        "frame_serial" text,
        "handover_note" text,
        "sold_part_id" uuid,
        "sold_at" TIMESTAMP WITH TIME ZONE,
        "shipped_at" TIMESTAMP WITH TIME ZONE,
        "tracking_code" text,
        "delivered_at" TIMESTAMP WITH TIME ZONE,
        "received_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "used_item_pkey" PRIMARY KEY ("product_id"),
        CONSTRAINT "used_item_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "used_item_seller_idx" ON "used_item" ("seller_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "used_item_market_idx" ON "used_item" ("kind", "created_at")`);
    await queryRunner.query(`CREATE INDEX "used_item_frame_serial_idx" ON "used_item" ("frame_serial")`);

    await queryRunner.query(`CREATE TYPE "stolen_bike_source" AS ENUM ('IMPORT', 'MEMBER_REPORT')`);
    await queryRunner.query(`
      CREATE TABLE "stolen_bike" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "serial" text NOT NULL,
        "source" "stolen_bike_source" NOT NULL,
        "reported_by" uuid,
        "note" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "stolen_bike_serial_key" UNIQUE ("serial"),
        CONSTRAINT "stolen_bike_pkey" PRIMARY KEY ("id")
      )`);

    await queryRunner.query(`CREATE TYPE "claim_reason" AS ENUM ('NOT_RECEIVED', 'NOT_AS_DESCRIBED', 'DAMAGED', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "claim_status" AS ENUM ('OPEN', 'DECIDED')`);
    await queryRunner.query(`CREATE TYPE "claim_outcome" AS ENUM ('REFUND_BUYER', 'RELEASE_TO_SELLER')`);
    await queryRunner.query(`
      CREATE TABLE "claim" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "order_part_id" uuid NOT NULL,
        "product_id" uuid NOT NULL,
        "buyer_id" uuid NOT NULL,
        "seller_id" uuid NOT NULL,
        "reason" "claim_reason" NOT NULL,
        "details" text NOT NULL,
        "status" "claim_status" NOT NULL DEFAULT 'OPEN',
        "outcome" "claim_outcome",
        "decision_note" text,
        "decided_by" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "claim_order_part_key" UNIQUE ("order_part_id"),
        CONSTRAINT "claim_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "claim_queue_idx" ON "claim" ("status", "created_at")`);

    await queryRunner.query(`
      CREATE TABLE "royalty_agreement" (
        "product_id" uuid NOT NULL,
        "creator_id" uuid NOT NULL,
        "bp" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "royalty_agreement_pkey" PRIMARY KEY ("product_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "royalty_agreement"`);
    await queryRunner.query(`DROP TABLE "claim"`);
    await queryRunner.query(`DROP TYPE "claim_outcome"`);
    await queryRunner.query(`DROP TYPE "claim_status"`);
    await queryRunner.query(`DROP TYPE "claim_reason"`);
    await queryRunner.query(`DROP TABLE "stolen_bike"`);
    await queryRunner.query(`DROP TYPE "stolen_bike_source"`);
    await queryRunner.query(`DROP TABLE "used_item"`);
    await queryRunner.query(`DROP TYPE "used_item_condition"`);
    await queryRunner.query(`DROP TYPE "used_item_kind"`);
    await queryRunner.query(`DROP TABLE "seller_attestation"`);
  }
}
