import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Order numbers drawn at random instead of counted (a sequential number tells anyone who orders twice
 * how many orders were placed in between): `shop_order_number()` draws 8 characters from Crockford's
 * base 32 (no I, L, O or U, so nothing is misread) out of gen_random_uuid()'s random bytes, shown as
 * 7KQ4-M2XD. Existing orders keep their numbers, as text. Orders are listed by (created_at, id) now.
 */
export class RandomOrderNumbers1764600000100 implements MigrationInterface {
  name = 'RandomOrderNumbers1764600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Bytes 6 and 8 of a version-4 UUID carry its version and variant bits: only the fully random ones are used.
    await queryRunner.query(`CREATE FUNCTION shop_order_number() RETURNS text LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
      SELECT substr(code, 1, 4) || '-' || substr(code, 5, 4)
      FROM (
        SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(bytes, byte) % 32 + 1, 1), '' ORDER BY position) AS code
        FROM (SELECT uuid_send(gen_random_uuid()) AS bytes) random,
             unnest(ARRAY[0, 1, 2, 3, 4, 5, 9, 10]) WITH ORDINALITY AS picked(byte, position)
      ) drawn
    $$`);
    await queryRunner.query(`ALTER TABLE "shop_order" ALTER COLUMN "number" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "shop_order_number_seq"`);
    await queryRunner.query(`ALTER TABLE "shop_order" ALTER COLUMN "number" TYPE text USING "number"::text`);
    await queryRunner.query(`ALTER TABLE "shop_order" ALTER COLUMN "number" SET DEFAULT shop_order_number()`);
    await queryRunner.query(`CREATE INDEX "shop_order_created_at_idx" ON "shop_order" ("created_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Numbers are counted again, in the order the orders were placed.
    await queryRunner.query(`DROP INDEX "shop_order_created_at_idx"`);
    await queryRunner.query(`ALTER TABLE "shop_order" DROP CONSTRAINT "shop_order_number_key"`);
    await queryRunner.query(`ALTER TABLE "shop_order" ALTER COLUMN "number" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "shop_order" ALTER COLUMN "number" TYPE integer USING 0`);
    await queryRunner.query(
      `UPDATE "shop_order" o SET "number" = n.position FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS position FROM "shop_order") n WHERE n.id = o.id`,
    );
    await queryRunner.query(`CREATE SEQUENCE "shop_order_number_seq" OWNED BY "shop_order"."number"`);
    await queryRunner.query(`SELECT setval('shop_order_number_seq', (SELECT count(*) + 1 FROM "shop_order"), false)`);
    await queryRunner.query(`ALTER TABLE "shop_order" ALTER COLUMN "number" SET DEFAULT nextval('shop_order_number_seq')`);
    await queryRunner.query(`ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_number_key" UNIQUE ("number")`);
    await queryRunner.query(`DROP FUNCTION shop_order_number()`);
  }
}
