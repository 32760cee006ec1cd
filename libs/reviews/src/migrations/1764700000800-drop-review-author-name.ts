import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviews no longer keep a copy of the author's name: it went stale when the member renamed
 * themselves. `Review.author` (the member, with badges) is the one name shown.
 */
export class DropReviewAuthorName1764700000800 implements MigrationInterface {
  name = 'DropReviewAuthorName1764700000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review" DROP COLUMN "author_name"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review" ADD "author_name" text`);
    await queryRunner.query(`UPDATE "review" r SET "author_name" = coalesce((SELECT a."display_name" FROM "account" a WHERE a."id" = r."account_id"), 'A rider')`);
    await queryRunner.query(`ALTER TABLE "review" ALTER COLUMN "author_name" SET NOT NULL`);
  }
}
