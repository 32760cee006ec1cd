import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { imageSrcset, imageUrl, type StoredImage } from '@flagship/media';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Product } from '../product/product.entity';

/**
 * A product photo, stored as WebP variants in several widths (decision 0020). The photo at position 0
 * is the product's main photo: lists and cards show it.
 */
@ObjectType({ description: 'A product photo in several widths. The first of a product’s photos is its main photo.' })
@Entity('product_image')
// Deferred, so a reorder can renumber every photo of a product in one transaction.
@Unique('product_image_position_key', ['productId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class ProductImage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'product_image_pkey' })
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'product_image_product_id_fkey' })
  product?: Relation<Product>;

  /**
   * Where MediaStorage keeps the variants: `<storageKey>/<width>.webp` for each of `widths`. A photo
   * uploaded before variants existed (`widths` empty) is one file at this key until the start-up upgrade
   * (`ProductImageService.upgradeSingleFilePhotos`) replaces it.
   */
  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  @Field({ description: 'Text alternative for people who cannot see the image.' })
  @Column('text')
  alt!: string;

  @Field(() => Int, { description: '0 for the main photo, then the order the brand manager chose.' })
  @Column('integer', { default: 0 })
  position!: number;

  @Field(() => Int, { description: 'Width of the widest variant, in pixels.' })
  @Column('integer', { nullable: true })
  width!: number;

  @Field(() => Int, { description: 'Height of the widest variant, in pixels.' })
  @Column('integer', { nullable: true })
  height!: number;

  /** The stored variants' widths, ascending. */
  @Column('integer', { array: true, default: () => `'{}'` })
  widths!: number[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  get stored(): StoredImage {
    return { key: this.storageKey, width: this.width, height: this.height, widths: this.widths };
  }

  @Field({ description: 'Where the image is served, relative to the platform: the widest variant up to 1280 pixels.' })
  get url(): string {
    return imageUrl(this.stored);
  }

  @Field({ description: 'Every variant with its width, for <img srcset>: "/media/…/320.webp 320w, …".' })
  get srcset(): string {
    return imageSrcset(this.stored);
  }
}
