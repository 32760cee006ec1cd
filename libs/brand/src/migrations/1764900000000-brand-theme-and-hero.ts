import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Brand settings: colours (checked in the service, the format here too) and the home hero's texts. */
export class BrandThemeAndHero1764900000000 implements MigrationInterface {
  name = 'BrandThemeAndHero1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brand"
      ADD "primary_color" text NOT NULL DEFAULT '#1f5f4a',
      ADD "accent_color" text NOT NULL DEFAULT '#c2410c',
      ADD "hero_eyebrow" text NOT NULL DEFAULT '',
      ADD "hero_title" text NOT NULL DEFAULT '',
      ADD "hero_text" text NOT NULL DEFAULT '',
      ADD "hero_cta_label" text NOT NULL DEFAULT 'Shop now',
      ADD "hero_cta_href" text NOT NULL DEFAULT '/shop',
      ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      ADD CONSTRAINT "brand_primary_color_hex" CHECK ("primary_color" ~ '^#[0-9a-f]{6}$'),
      ADD CONSTRAINT "brand_accent_color_hex" CHECK ("accent_color" ~ '^#[0-9a-f]{6}$')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brand"
      DROP CONSTRAINT "brand_accent_color_hex",
      DROP CONSTRAINT "brand_primary_color_hex",
      DROP COLUMN "updated_at",
      DROP COLUMN "hero_cta_href",
      DROP COLUMN "hero_cta_label",
      DROP COLUMN "hero_text",
      DROP COLUMN "hero_title",
      DROP COLUMN "hero_eyebrow",
      DROP COLUMN "accent_color",
      DROP COLUMN "primary_color"`);
  }
}
