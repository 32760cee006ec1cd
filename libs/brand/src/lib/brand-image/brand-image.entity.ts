import { registerEnumType } from '@nestjs/graphql';
import type { StoredImage } from '@flagship/media';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Brand } from '../brand/brand.entity';

export enum BrandImageSlot {
  /** A square-ish mark shown beside the brand's name in the header. */
  LOGO = 'LOGO',
  /** The wide picture behind the home page's headline. */
  HERO = 'HERO',
}
registerEnumType(BrandImageSlot, { name: 'BrandImageSlot', description: 'Where a brand image is shown: LOGO or HERO (home page).' });

/** The brand's logo or home hero image, stored as WebP variants like product photos (decision 0020). */
@Entity('brand_image')
@Unique('brand_image_brand_id_slot_key', ['brandId', 'slot'])
@Check('brand_image_slot_check', `"slot" IN ('LOGO', 'HERO')`)
export class BrandImage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'brand_image_pkey' })
  id!: string;

  @Column('uuid', { name: 'brand_id' })
  brandId!: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id', foreignKeyConstraintName: 'brand_image_brand_id_fkey' })
  brand?: Relation<Brand>;

  @Column('text')
  slot!: BrandImageSlot;

  /** The folder of the variants: `<storageKey>/<width>.webp`. */
  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  @Column('text')
  alt!: string;

  @Column('integer')
  width!: number;

  @Column('integer')
  height!: number;

  @Column('integer', { array: true })
  widths!: number[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  get stored(): StoredImage {
    return { key: this.storageKey, width: this.width, height: this.height, widths: this.widths };
  }
}
