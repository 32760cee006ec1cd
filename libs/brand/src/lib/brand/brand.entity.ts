import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** The default look: storefront theme.css has the same two colours. */
export const DEFAULT_PRIMARY_COLOR = '#1f5f4a';
export const DEFAULT_ACCENT_COLOR = '#c2410c';

/** The brand this platform belongs to. One deployment runs one brand's flagship platform. */
@ObjectType({ description: 'The brand whose flagship platform this is.' })
@Entity('brand')
@Unique('brand_slug_key', ['slug'])
@Check('brand_primary_color_hex', `"primary_color" ~ '^#[0-9a-f]{6}$'`)
@Check('brand_accent_color_hex', `"accent_color" ~ '^#[0-9a-f]{6}$'`)
export class Brand {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'brand_pkey' })
  id!: string;

  @Field()
  @Column('text')
  slug!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field()
  @Column('text')
  tagline!: string;

  @Field({ description: 'ISO 4217 currency the shop prices in.' })
  @Column('char', { length: 3 })
  currency!: string;

  @Field({ description: 'The brand colour of buttons and links, #rrggbb (3:1 or more against the white page).' })
  @Column('text', { name: 'primary_color', default: DEFAULT_PRIMARY_COLOR })
  primaryColor!: string;

  @Field({ description: 'The highlight colour (focus rings, small accents), #rrggbb.' })
  @Column('text', { name: 'accent_color', default: DEFAULT_ACCENT_COLOR })
  accentColor!: string;

  @Column('text', { name: 'hero_eyebrow', default: '' })
  heroEyebrow!: string;

  @Column('text', { name: 'hero_title', default: '' })
  heroTitle!: string;

  @Column('text', { name: 'hero_text', default: '' })
  heroText!: string;

  @Column('text', { name: 'hero_cta_label', default: 'Shop now' })
  heroCtaLabel!: string;

  @Column('text', { name: 'hero_cta_href', default: '/shop' })
  heroCtaHref!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The home page's opening: what the brand says first. (Its image comes with the media pipeline.) */
@ObjectType({ description: "The home page's hero: a short line above the title, the title, a sentence, and one call to action." })
export class BrandHero {
  @Field({ description: 'A short line above the title ("New season"); empty for none.' })
  eyebrow!: string;

  @Field({ description: "The hero's headline; empty means the brand's name." })
  title!: string;

  @Field({ description: 'A sentence under the title; empty for none.' })
  text!: string;

  @Field({ description: "The call to action's label." })
  ctaLabel!: string;

  @Field({ description: 'Where the call to action goes: a path in the shop ("/shop?category=bikes") or an https address.' })
  ctaHref!: string;
}

export function heroOf(brand: Brand): BrandHero {
  return { eyebrow: brand.heroEyebrow, title: brand.heroTitle, text: brand.heroText, ctaLabel: brand.heroCtaLabel, ctaHref: brand.heroCtaHref };
}
