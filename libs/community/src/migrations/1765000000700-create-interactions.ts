import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments (one level of replies), reactions and saved collections (decision 0033). */
export class CreateInteractions1765000000700 implements MigrationInterface {
  name = 'CreateInteractions1765000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "comment_status" AS ENUM ('VISIBLE', 'REMOVED')`);
    await queryRunner.query(`CREATE TABLE "comment" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contribution_id" uuid NOT NULL,
      "author_id" uuid NOT NULL,
      "parent_id" uuid,
      "body" text NOT NULL,
      "status" "comment_status" NOT NULL DEFAULT 'VISIBLE',
      "removed_by_id" uuid,
      "removed_at" TIMESTAMP WITH TIME ZONE,
      "removed_reason" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "edited_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "comment_body_length_check" CHECK (char_length("body") <= 5000),
      CONSTRAINT "comment_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "comment_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "account"("id") ON DELETE CASCADE,
      CONSTRAINT "comment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "comment_thread_idx" ON "comment" ("contribution_id", "created_at", "id") WHERE "parent_id" IS NULL`);
    await queryRunner.query(`CREATE INDEX "comment_replies_idx" ON "comment" ("parent_id", "created_at") WHERE "parent_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "comment_author_idx" ON "comment" ("author_id")`);

    await queryRunner.query(`CREATE TYPE "reaction_kind" AS ENUM ('LIKE', 'APPLAUD', 'HELPFUL', 'INSPIRING')`);
    await queryRunner.query(`CREATE TABLE "reaction" (
      "contribution_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "kind" "reaction_kind" NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "reaction_pkey" PRIMARY KEY ("contribution_id", "member_id", "kind"),
      CONSTRAINT "reaction_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "reaction_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "account"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "reaction_member_idx" ON "reaction" ("member_id")`);

    await queryRunner.query(`CREATE TABLE "collection" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "owner_id" uuid NOT NULL,
      "name" text NOT NULL,
      "is_public" boolean NOT NULL DEFAULT false,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "collection_name_length_check" CHECK (char_length("name") BETWEEN 1 AND 60),
      CONSTRAINT "collection_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "collection_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "account"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "collection_owner_name_key" ON "collection" ("owner_id", "name")`);
    await queryRunner.query(`CREATE TABLE "collection_item" (
      "collection_id" uuid NOT NULL,
      "contribution_id" uuid NOT NULL,
      "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "collection_item_pkey" PRIMARY KEY ("collection_id", "contribution_id"),
      CONSTRAINT "collection_item_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "collection"("id") ON DELETE CASCADE,
      CONSTRAINT "collection_item_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "collection_item_contribution_idx" ON "collection_item" ("contribution_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "collection_item"`);
    await queryRunner.query(`DROP TABLE "collection"`);
    await queryRunner.query(`DROP TABLE "reaction"`);
    await queryRunner.query(`DROP TYPE "reaction_kind"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP TYPE "comment_status"`);
  }
}
