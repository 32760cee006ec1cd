import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listings remember when they last went to review, for the brand managers' queue, oldest first (decision
 * 0038); in milliseconds, as JavaScript reads them, so a page's cursor is exact.
 */
export class ListingReviewQueue1765100002000 implements MigrationInterface {
  name = 'ListingReviewQueue1765100002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing" ADD "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`UPDATE "listing" SET "submitted_at" = "created_at"`);
    await queryRunner.query(
      `CREATE INDEX "listing_awaiting_review_idx" ON "listing" ("submitted_at", "product_id") WHERE status = 'PENDING_REVIEW' OR pending_revision IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."listing_awaiting_review_idx"`);
    await queryRunner.query(`ALTER TABLE "listing" DROP COLUMN "submitted_at"`);
  }
}
