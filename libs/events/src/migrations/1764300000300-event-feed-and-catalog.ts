import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log becomes a feed consumers can read safely (docs/decisions/0010): each event carries
 * the id of the transaction that wrote it, set by the database, and readers take events in
 * (transaction id, id) order only below the oldest running transaction. Consumers keep their position
 * in `event_consumer`. Events carry their type's version (decision 0011), and a past `occurred_at` is
 * allowed only for a backfill. `actor_id` gets an index (a member's activity).
 */
export class EventFeedAndCatalog1764300000300 implements MigrationInterface {
  name = 'EventFeedAndCatalog1764300000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Existing events were all written before this migration's transaction: they take its id, in id order.
    await queryRunner.query(`ALTER TABLE "platform_event" ADD "transaction_id" bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint)`);
    await queryRunner.query(`ALTER TABLE "platform_event" ALTER COLUMN "transaction_id" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "platform_event" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "platform_event" ALTER COLUMN "version" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "platform_event" ADD "backfilled" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "platform_event_feed_idx" ON "platform_event" ("transaction_id", "id")`);
    await queryRunner.query(`CREATE INDEX "platform_event_actor_id_idx" ON "platform_event" ("actor_id")`);
    // Whatever an INSERT says, the transaction id is the writer's own, and only a backfill may say when
    // the event happened; everything else happened when its transaction started.
    await queryRunner.query(`CREATE FUNCTION "platform_event_before_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.transaction_id := pg_current_xact_id()::text::bigint;
        IF NEW.backfilled THEN
          IF NEW.occurred_at > now() THEN
            RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'platform_event: a backfilled event cannot have happened after it was recorded';
          END IF;
        ELSIF NEW.occurred_at IS DISTINCT FROM now() THEN
          RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'platform_event: occurred_at is when the recording transaction started; only a backfill (backfilled = true) records another time';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "platform_event_before_insert" BEFORE INSERT ON "platform_event"
      FOR EACH ROW EXECUTE FUNCTION "platform_event_before_insert"()`);
    await queryRunner.query(`CREATE TABLE "event_consumer" (
      "name" text NOT NULL,
      "transaction_id" bigint NOT NULL,
      "event_id" bigint NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_error" text,
      "failing_since" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "event_consumer_pkey" PRIMARY KEY ("name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_consumer"`);
    await queryRunner.query(`DROP TRIGGER "platform_event_before_insert" ON "platform_event"`);
    await queryRunner.query(`DROP FUNCTION "platform_event_before_insert"()`);
    await queryRunner.query(`DROP INDEX "platform_event_actor_id_idx"`);
    await queryRunner.query(`DROP INDEX "platform_event_feed_idx"`);
    await queryRunner.query(`ALTER TABLE "platform_event" DROP COLUMN "backfilled"`);
    await queryRunner.query(`ALTER TABLE "platform_event" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "platform_event" DROP COLUMN "transaction_id"`);
  }
}
