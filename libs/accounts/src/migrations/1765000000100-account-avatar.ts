import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Members' pictures: an upload of theirs (decision 0027). Removing the upload removes the picture. */
export class AccountAvatar1765000000100 implements MigrationInterface {
  name = 'AccountAvatar1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD "avatar_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_avatar_id_fkey" FOREIGN KEY ("avatar_id") REFERENCES "media_asset"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // The cleanup job deletes media assets: each delete checks this key.
    await queryRunner.query(`CREATE INDEX "account_avatar_idx" ON "account" ("avatar_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "account_avatar_idx"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_avatar_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "avatar_id"`);
  }
}
