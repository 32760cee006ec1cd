import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Decision 0036: commission rules per vendor / category, and which part each refund belongs to. */
export class OrderPartRefundsAndCommissionRules1765100004000 implements MigrationInterface {
  name = 'OrderPartRefundsAndCommissionRules1765100004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "commission_rule" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "vendor_id" uuid,
        "category_id" uuid,
        "bp" integer NOT NULL,
        "floor_minor" bigint,
        "cap_minor" bigint,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "commission_rule_scoped" CHECK ("vendor_id" IS NOT NULL OR "category_id" IS NOT NULL),
        CONSTRAINT "commission_rule_bp_range" CHECK ("bp" BETWEEN 0 AND 10000),
        CONSTRAINT "commission_rule_scope_key" UNIQUE NULLS NOT DISTINCT ("vendor_id", "category_id"),
        CONSTRAINT "commission_rule_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE TYPE "order_part_refund_status" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`
      CREATE TABLE "order_part_refund" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "order_part_id" uuid NOT NULL,
        "refund_key" text NOT NULL,
        "amount_minor" bigint NOT NULL,
        "commission_minor" bigint NOT NULL DEFAULT 0,
        "status" "order_part_refund_status" NOT NULL DEFAULT 'PENDING',
        "reason" text NOT NULL,
        "cancels" boolean NOT NULL DEFAULT false,
        "requested_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "order_part_refund_key" UNIQUE ("refund_key", "order_part_id"),
        CONSTRAINT "order_part_refund_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "order_part_refund_order_part_id_fkey" FOREIGN KEY ("order_part_id") REFERENCES "order_part"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "order_part_refund_part_idx" ON "order_part_refund" ("order_part_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "order_part_refund"`);
    await queryRunner.query(`DROP TYPE "order_part_refund_status"`);
    await queryRunner.query(`DROP TABLE "commission_rule"`);
  }
}
