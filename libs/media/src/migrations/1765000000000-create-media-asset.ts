import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Images members upload for what they write (decision 0026). */
export class CreateMediaAsset1765000000000 implements MigrationInterface {
  name = 'CreateMediaAsset1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "media_asset" (
      "id" uuid NOT NULL,
      "owner_id" uuid NOT NULL,
      "storage_key" text NOT NULL,
      "width" integer NOT NULL,
      "height" integer NOT NULL,
      "widths" integer array NOT NULL,
      "alt" text NOT NULL,
      "attached_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "media_asset_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "media_asset_owner_idx" ON "media_asset" ("owner_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "media_asset"`);
  }
}
