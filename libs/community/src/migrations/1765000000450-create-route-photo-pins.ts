import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Photos pinned to points of a route (issue 10: "photos can be pinned to points on the route"). */
export class CreateRoutePhotoPins1765000000450 implements MigrationInterface {
  name = 'CreateRoutePhotoPins1765000000450';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "route_photo_pin" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contribution_id" uuid NOT NULL,
      "media_asset_id" uuid NOT NULL,
      "distance_m" double precision NOT NULL,
      "lat" double precision NOT NULL,
      "lng" double precision NOT NULL,
      "caption" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "route_photo_pin_distance_check" CHECK ("distance_m" >= 0),
      CONSTRAINT "route_photo_pin_photo_key" UNIQUE ("contribution_id", "media_asset_id"),
      CONSTRAINT "route_photo_pin_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "route_photo_pin_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "route_photo_pin_media_asset_id_fkey" FOREIGN KEY ("media_asset_id") REFERENCES "media_asset"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "route_photo_pin_asset_idx" ON "route_photo_pin" ("media_asset_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "route_photo_pin"`);
  }
}
