import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Money, money } from '@flagship/api-core';
import { bigintNumber } from '@flagship/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { StockAvailability, availabilityOf } from '../details/availability';
import { Product } from '../product/product.entity';

/** One buyable version of a product: a size and/or colour, with its own price and stock. */
@ObjectType({ description: 'One buyable version of a product, with its own price and stock.' })
@Entity('product_variant')
@Unique('product_variant_sku_key', ['sku'])
@Index('product_variant_product_id_idx', ['productId', 'position'])
@Check('product_variant_stock_check', '"stock" >= 0')
@Check('product_variant_price_check', '"price_minor" >= 0')
export class ProductVariant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'product_variant_pkey' })
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'product_variant_product_id_fkey' })
  product?: Relation<Product>;

  @Field({ description: 'Stock-keeping unit, unique across the shop.' })
  @Column('text')
  sku!: string;

  @Field({ description: 'What a buyer picks, e.g. "54 cm, Moss green".' })
  @Column('text')
  name!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  size!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  colour!: string | null;

  @Column('bigint', { name: 'price_minor', transformer: bigintNumber })
  priceMinor!: number;

  /** The product's currency, kept here too so a variant's price stands on its own. */
  @Column('char', { length: 3 })
  currency!: string;

  /** Units on hand; the database refuses to let it go below zero. */
  @Field(() => Int)
  @Column('integer', { default: 0 })
  stock!: number;

  @Column('integer', { default: 0 })
  position!: number;

  // Computed fields are getters, resolved by GraphQL's default resolver: no per-field resolver call.
  @Field(() => Money)
  get price(): Money {
    return money(this.priceMinor, this.currency);
  }

  @Field()
  get inStock(): boolean {
    return this.stock > 0;
  }

  @Field(() => StockAvailability, { description: 'In stock, low (say how many are left) or sold out.' })
  get availability(): StockAvailability {
    return availabilityOf(this.stock);
  }
}
