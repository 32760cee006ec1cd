import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Money, money } from '@flagship/api-core';
import { bigintNumber } from '@flagship/database';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { Category } from '../category/category.entity';
import { DISPATCH_TIME } from '../details/availability';
import { ProductSpec } from '../details/product-spec';

export enum ProductStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ProductStatus, { name: 'ProductStatus', description: 'Only PUBLISHED products are visible to shoppers.' });

/** Who sells a product and takes its money (decision 0035): the brand, a vendor organisation or a member (resale). */
export enum SellerKind {
  BRAND = 'BRAND',
  VENDOR = 'VENDOR',
  MEMBER = 'MEMBER',
}
registerEnumType(SellerKind, { name: 'SellerKind', description: 'Who sells: the brand, a vendor organisation or a member reselling a used item.' });

/** What is sold: goods shipped to the buyer, a bookable service (a slot is booked), or a used item. */
export enum OfferKind {
  GOODS = 'GOODS',
  SERVICE = 'SERVICE',
  USED = 'USED',
}
registerEnumType(OfferKind, { name: 'OfferKind', description: 'Goods, a bookable service or a used item.' });

/** Whether an offer travels to the buyer: goods and used items are shipped, a service is booked, never sent. */
export const isShipped = (kind: OfferKind): boolean => kind !== OfferKind.SERVICE;

// Decimal columns arrive from pg as strings; the rating is small enough for a JS number.
const decimalToNumber = { to: (value: number) => value, from: (value: string | null) => (value === null ? 0 : Number(value)) };

/** Something the brand sells. What is bought is one of its variants (a size, a colour). */
@ObjectType({ description: 'Something the brand sells; buyers pick one of its variants.' })
@Entity('product')
@Unique('product_slug_key', ['slug'])
@Check('product_seller_check', `(seller_kind = 'BRAND') = (seller_id IS NULL)`)
@Index('product_status_created_at_idx', ['status', 'createdAt', 'id'])
@Index('product_status_min_price_idx', ['status', 'minPriceMinor', 'id'])
@Index('product_status_name_idx', ['status', 'name', 'id'])
@Index('product_status_rating_idx', ['status', 'ratingAverage', 'id'])
@Index('product_category_id_idx', ['categoryId'])
@Index('product_seller_idx', ['sellerKind', 'sellerId'])
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

  @Field(() => [ProductSpec], { description: 'The spec sheet, in the order shown: label and value pairs.' })
  @Column('jsonb', { default: () => "'[]'" })
  specs!: ProductSpec[];

  @Column('uuid', { name: 'category_id' })
  categoryId!: string;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'product_category_id_fkey' })
  category?: Relation<Category>;

  @Field(() => ProductStatus)
  @Column({ type: 'enum', enum: ProductStatus, enumName: 'product_status', default: ProductStatus.DRAFT })
  status!: ProductStatus;

  /** The product's prices are in this ISO 4217 currency (all its variants share it). */
  @Column('char', { length: 3 })
  currency!: string;

  /** Lowest variant price, kept by the service whenever variants change; for filters and sorting. */
  @Column('bigint', { name: 'min_price_minor', nullable: true, transformer: bigintNumber })
  minPriceMinor!: number | null;

  @Field(() => Float, { description: 'Average review rating, 0 when there is none yet.' })
  @Column('numeric', { name: 'rating_average', precision: 3, scale: 2, default: 0, transformer: decimalToNumber })
  ratingAverage!: number;

  @Field(() => Int)
  @Column('integer', { name: 'rating_count', default: 0 })
  ratingCount!: number;

  @Field(() => SellerKind)
  @Column({ type: 'enum', enum: SellerKind, enumName: 'seller_kind', name: 'seller_kind', default: SellerKind.BRAND })
  sellerKind!: SellerKind;

  /** The vendor organisation (VENDOR) or the member's account (MEMBER); null for the brand. */
  @Field(() => ID, { nullable: true, description: 'The vendor organisation or the reselling member; null when the brand sells it.' })
  @Column('uuid', { name: 'seller_id', nullable: true })
  sellerId!: string | null;

  @Field(() => OfferKind)
  @Column({ type: 'enum', enum: OfferKind, enumName: 'offer_kind', name: 'offer_kind', default: OfferKind.GOODS })
  offerKind!: OfferKind;

  /**
   * Set by the marketplace while the seller is suspended: the product is then invisible and unbuyable
   * whatever its status, and comes back as it was when the suspension ends.
   */
  @Column('boolean', { name: 'seller_hidden', default: false })
  sellerHidden!: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field({ description: `When an order leaves the warehouse while the variant is in stock, e.g. "${DISPATCH_TIME}".` })
  get dispatchTime(): string {
    return DISPATCH_TIME;
  }

  @Field(() => Money, { nullable: true, description: 'The lowest variant price.' })
  get priceFrom(): Money | null {
    return this.minPriceMinor === null ? null : money(this.minPriceMinor, this.currency);
  }
}
