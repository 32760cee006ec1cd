import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Advice: answers (with their expert snapshot), the accepted answer, category experts and progress posts' projects (decision 0032). */
export class CreateAdvice1765000000600 implements MigrationInterface {
  name = 'CreateAdvice1765000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "expert_reason" AS ENUM ('CATEGORY_EXPERT', 'VENDOR_STAFF', 'BRAND_STAFF')`);
    await queryRunner.query(`CREATE TABLE "answer" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contribution_id" uuid NOT NULL,
      "author_id" uuid NOT NULL,
      "body" text NOT NULL,
      "expert_reason" "expert_reason",
      "expert_label" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "answer_body_length_check" CHECK (char_length("body") BETWEEN 1 AND 10000),
      CONSTRAINT "answer_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "answer_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "answer_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "account"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "answer_contribution_idx" ON "answer" ("contribution_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "answer_author_idx" ON "answer" ("author_id")`);
    await queryRunner.query(
      `ALTER TABLE "contribution" ADD CONSTRAINT "contribution_accepted_answer_id_fkey" FOREIGN KEY ("accepted_answer_id") REFERENCES "answer"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(`CREATE TABLE "category_expert" (
      "account_id" uuid NOT NULL,
      "category_id" uuid NOT NULL,
      "appointed_by_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "category_expert_pkey" PRIMARY KEY ("account_id", "category_id"),
      CONSTRAINT "category_expert_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE,
      CONSTRAINT "category_expert_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE CASCADE,
      CONSTRAINT "category_expert_appointed_by_id_fkey" FOREIGN KEY ("appointed_by_id") REFERENCES "account"("id") ON DELETE SET NULL)`);
    await queryRunner.query(`CREATE INDEX "category_expert_category_idx" ON "category_expert" ("category_id")`);
    await queryRunner.query(`CREATE TABLE "project_update" (
      "contribution_id" uuid NOT NULL,
      "project_id" uuid,
      CONSTRAINT "project_update_pkey" PRIMARY KEY ("contribution_id"),
      CONSTRAINT "project_update_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE,
      CONSTRAINT "project_update_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "contribution"("id") ON DELETE SET NULL)`);
    await queryRunner.query(`CREATE INDEX "project_update_project_idx" ON "project_update" ("project_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "project_update"`);
    await queryRunner.query(`DROP TABLE "category_expert"`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP CONSTRAINT "contribution_accepted_answer_id_fkey"`);
    await queryRunner.query(`DROP TABLE "answer"`);
    await queryRunner.query(`DROP TYPE "expert_reason"`);
  }
}
