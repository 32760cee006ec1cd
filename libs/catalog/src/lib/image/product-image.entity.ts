import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Product } from '../product/product.entity';

@ObjectType({ description: 'A product photo.' })
@Entity('product_image')
@Index('product_image_product_id_idx', ['productId', 'position'])
export class ProductImage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'product_image_pkey' })
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'product_image_product_id_fkey' })
  product?: Relation<Product>;

  /** Where MediaStorage keeps the file; served at /media/<storageKey>. */
  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  @Field({ description: 'Text alternative for people who cannot see the image.' })
  @Column('text')
  alt!: string;

  @Column('integer', { default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field({ description: 'Where the image is served, relative to the platform.' })
  get url(): string {
    return `/media/${this.storageKey}`;
  }
}
