import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feed's TRENDING order (decision 0034): a "hot" score kept on each contribution by a trigger, so
 * every change of its counts or publication (whichever service makes it) updates it in the same
 * statement, and the feed reads it through an index.
 *
 *   hot_score = log10(1 + 2·comments + reactions + 3·supports) + published_epoch_seconds / 45000
 *
 * Time decay without a clock at read: each 45,000 s (12.5 h) newer counts as ten times the engagement,
 * so older contributions sink unless people keep taking part. Drafts score 0.
 */
export class AddContributionHotScore1765000000800 implements MigrationInterface {
  name = 'AddContributionHotScore1765000000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contribution" ADD "hot_score" double precision NOT NULL DEFAULT 0`);
    await queryRunner.query(`CREATE FUNCTION contribution_hot_score() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.hot_score := CASE WHEN NEW.published_at IS NULL THEN 0
          ELSE log(1 + greatest(0, 2 * NEW.comment_count + NEW.reaction_count + 3 * NEW.support_count)::double precision)
               + extract(epoch FROM NEW.published_at)::double precision / 45000 END;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER contribution_hot_score BEFORE INSERT OR UPDATE ON "contribution" FOR EACH ROW EXECUTE FUNCTION contribution_hot_score()`);
    await queryRunner.query(`UPDATE "contribution" SET "hot_score" = 0`);
    await queryRunner.query(`CREATE INDEX "contribution_trending_idx" ON "contribution" ("status", "hot_score", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "contribution_trending_idx"`);
    await queryRunner.query(`DROP TRIGGER contribution_hot_score ON "contribution"`);
    await queryRunner.query(`DROP FUNCTION contribution_hot_score()`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP COLUMN "hot_score"`);
  }
}
