import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReviews1763900000800 implements MigrationInterface {
  name = 'CreateReviews1763900000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "product_id" uuid NOT NULL,
      "account_id" uuid NOT NULL,
      "author_name" text NOT NULL,
      "rating" smallint NOT NULL,
      "body" text NOT NULL,
      "verified_purchase" boolean NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "review_product_account_key" UNIQUE ("product_id", "account_id"),
      CONSTRAINT "review_rating_check" CHECK ("rating" BETWEEN 1 AND 5),
      CONSTRAINT "review_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "review_product_id_idx" ON "review" ("product_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "review"`);
  }
}
