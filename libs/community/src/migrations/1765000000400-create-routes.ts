import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Routes: details beside the contribution, GPX imports, rides, privacy zones (decision 0030). */
export class CreateRoutes1765000000400 implements MigrationInterface {
  name = 'CreateRoutes1765000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "route" (
      "contribution_id" uuid NOT NULL,
      "track" jsonb NOT NULL,
      "source" text NOT NULL,
      "point_count" integer NOT NULL,
      "distance_m" double precision NOT NULL,
      "elevation_gain_m" double precision,
      "elevation_loss_m" double precision,
      "min_lat" double precision NOT NULL,
      "min_lng" double precision NOT NULL,
      "max_lat" double precision NOT NULL,
      "max_lng" double precision NOT NULL,
      "polylines" text array NOT NULL,
      "profile" jsonb NOT NULL,
      "duration_s" integer,
      CONSTRAINT "route_distance_check" CHECK ("distance_m" >= 0),
      CONSTRAINT "route_pkey" PRIMARY KEY ("contribution_id"),
      CONSTRAINT "route_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE TYPE "route_import_status" AS ENUM ('QUEUED', 'PARSING', 'DONE', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "route_import" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "owner_id" uuid NOT NULL,
      "status" "route_import_status" NOT NULL,
      "progress" integer NOT NULL DEFAULT 0,
      "error" text,
      "file_name" text NOT NULL,
      "byte_size" integer NOT NULL,
      "file" bytea,
      "result" jsonb,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "route_import_progress_check" CHECK ("progress" BETWEEN 0 AND 100),
      CONSTRAINT "route_import_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "route_import_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "account"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "route_import_queue_idx" ON "route_import" ("created_at") WHERE "status" = 'QUEUED'`);
    await queryRunner.query(`CREATE INDEX "route_import_owner_idx" ON "route_import" ("owner_id")`);
    await queryRunner.query(`CREATE TABLE "route_ride" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contribution_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "duration_s" integer NOT NULL,
      "ridden_on" date NOT NULL,
      "note" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "route_ride_duration_check" CHECK ("duration_s" > 0),
      CONSTRAINT "route_ride_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "route_ride_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "route_ride_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "account"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "route_ride_leaderboard_idx" ON "route_ride" ("contribution_id", "member_id", "duration_s")`);
    await queryRunner.query(`CREATE TABLE "privacy_zone" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "member_id" uuid NOT NULL,
      "lat" double precision NOT NULL,
      "lng" double precision NOT NULL,
      "radius_m" integer NOT NULL,
      "offset_east_m" double precision NOT NULL,
      "offset_north_m" double precision NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "privacy_zone_radius_check" CHECK ("radius_m" BETWEEN 200 AND 1000),
      CONSTRAINT "privacy_zone_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "privacy_zone_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "account"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "privacy_zone_member_idx" ON "privacy_zone" ("member_id")`);
    await queryRunner.query(`CREATE TABLE "route_privacy" (
      "member_id" uuid NOT NULL,
      "end_offset_east_m" double precision NOT NULL,
      "end_offset_north_m" double precision NOT NULL,
      CONSTRAINT "route_privacy_pkey" PRIMARY KEY ("member_id"),
      CONSTRAINT "route_privacy_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "account"("id") ON DELETE CASCADE)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "route_privacy"`);
    await queryRunner.query(`DROP TABLE "privacy_zone"`);
    await queryRunner.query(`DROP TABLE "route_ride"`);
    await queryRunner.query(`DROP TABLE "route_import"`);
    await queryRunner.query(`DROP TYPE "route_import_status"`);
    await queryRunner.query(`DROP TABLE "route"`);
  }
}
