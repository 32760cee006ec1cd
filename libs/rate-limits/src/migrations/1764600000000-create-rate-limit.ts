import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The shared rate-limit counters (rate-limiter-flexible's layout), with an index for purging ended windows. */
export class CreateRateLimit1764600000000 implements MigrationInterface {
  name = 'CreateRateLimit1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "rate_limit_expire_idx" ON "rate_limit" ("expire")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
