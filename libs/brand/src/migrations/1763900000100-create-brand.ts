import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBrand1763900000100 implements MigrationInterface {
  name = 'CreateBrand1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "brand" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "slug" text NOT NULL,
      "name" text NOT NULL,
      "tagline" text NOT NULL,
      "currency" character(3) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "brand_slug_key" UNIQUE ("slug"),
      CONSTRAINT "brand_pkey" PRIMARY KEY ("id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "brand"`);
  }
}
