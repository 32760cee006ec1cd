import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Members following members or contributions (decision 0026). */
export class CreateFollow1765000000020 implements MigrationInterface {
  name = 'CreateFollow1765000000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "follow" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "follower_id" uuid NOT NULL,
      "member_id" uuid,
      "contribution_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "follow_one_target_check" CHECK (num_nonnulls("member_id", "contribution_id") = 1),
      CONSTRAINT "follow_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "follow_follower_id_fkey" FOREIGN KEY ("follower_id") REFERENCES "account"("id") ON DELETE CASCADE,
      CONSTRAINT "follow_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "account"("id") ON DELETE CASCADE,
      CONSTRAINT "follow_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "follow_member_key" ON "follow" ("follower_id", "member_id") WHERE "member_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "follow_contribution_key" ON "follow" ("follower_id", "contribution_id") WHERE "contribution_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "follow_followed_member_idx" ON "follow" ("member_id") WHERE "member_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "follow_followed_contribution_idx" ON "follow" ("contribution_id") WHERE "contribution_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "follow"`);
  }
}
