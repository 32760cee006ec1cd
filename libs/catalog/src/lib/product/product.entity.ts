import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum ProductStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ProductStatus, { name: 'ProductStatus' });

/** Something the brand sells. Only PUBLISHED products are visible to shoppers. */
@ObjectType({ description: 'Something the brand sells.' })
@Entity('product')
@Unique('product_slug_key', ['slug'])
@Index('product_status_created_at_idx', ['status', 'createdAt'])
export class Product {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'product_pkey' })
  id!: string;

  @Field()
  @Column('text')
  slug!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field()
  @Column('text')
  description!: string;

  @Field({ description: 'Shop category, e.g. bikes, parts, tools.' })
  @Column('text')
  category!: string;

  @Field(() => Int, { description: 'Price in minor units of `currency` (cents), tax included.' })
  @Column('integer', { name: 'price_minor' })
  priceMinor!: number;

  @Field()
  @Column('char', { length: 3 })
  currency!: string;

  @Field(() => ProductStatus)
  @Column({ type: 'enum', enum: ProductStatus, enumName: 'product_status', default: ProductStatus.DRAFT })
  status!: ProductStatus;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
