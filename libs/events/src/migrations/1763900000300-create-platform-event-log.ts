import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePlatformEventLog1763900000300 implements MigrationInterface {
  name = 'CreatePlatformEventLog1763900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "platform_event" (
      "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
      "type" text NOT NULL,
      "actor_id" uuid,
      "subject_type" text NOT NULL,
      "subject_id" text NOT NULL,
      "amount_minor" bigint,
      "currency" character(3),
      "payload" jsonb NOT NULL DEFAULT '{}',
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "platform_event_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "platform_event_subject_idx" ON "platform_event" ("subject_type", "subject_id")`);
    await queryRunner.query(`CREATE INDEX "platform_event_type_occurred_at_idx" ON "platform_event" ("type", "occurred_at")`);
    // Append-only, enforced by the database: history is never rewritten, whatever the code does.
    await queryRunner.query(`CREATE FUNCTION "platform_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'platform_event is append-only: % is not allowed', TG_OP;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "platform_event_append_only" BEFORE UPDATE OR DELETE ON "platform_event"
      FOR EACH ROW EXECUTE FUNCTION "platform_event_is_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "platform_event_no_truncate" BEFORE TRUNCATE ON "platform_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "platform_event_is_append_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "platform_event"`);
    await queryRunner.query(`DROP FUNCTION "platform_event_is_append_only"()`);
  }
}
