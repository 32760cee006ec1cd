import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Vendor applications (decision 0037): one open application per member, decided by a brand manager. */
export class VendorApplications1765100001000 implements MigrationInterface {
  name = 'VendorApplications1765100001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "vendor_application_status" AS ENUM ('SUBMITTED', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(`
      CREATE TABLE "vendor_application" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "applicant_id" uuid NOT NULL,
        "business_name" text NOT NULL,
        "description" text NOT NULL,
        "category_ids" uuid array NOT NULL DEFAULT '{}',
        "website" text,
        "service_area" text NOT NULL,
        "status" "vendor_application_status" NOT NULL DEFAULT 'SUBMITTED',
        "decided_by" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "reason" text,
        "vendor_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "vendor_application_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "vendor_application_one_open_key" ON "vendor_application" ("applicant_id") WHERE "status" = 'SUBMITTED'`);
    await queryRunner.query(`CREATE INDEX "vendor_application_queue_idx" ON "vendor_application" ("status", "created_at")`);
    await queryRunner.query(`CREATE INDEX "vendor_application_applicant_idx" ON "vendor_application" ("applicant_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "vendor_application"`);
    await queryRunner.query(`DROP TYPE "vendor_application_status"`);
  }
}
