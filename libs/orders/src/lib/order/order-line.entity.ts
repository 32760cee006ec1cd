import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { bigintNumber } from '@flagship/database';
import { OfferKind, SellerKind } from '@flagship/catalog';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Order } from './order.entity';

@ObjectType({ description: 'What was bought, as it was priced and named when the order was placed.' })
@Entity('order_line')
@Index('order_line_order_id_idx', ['orderId'])
export class OrderLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'order_line_pkey' })
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_line_order_id_fkey' })
  order?: Relation<Order>;

  @Field(() => ID)
  @Column('uuid', { name: 'variant_id' })
  variantId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Field()
  @Column('text', { name: 'product_name' })
  productName!: string;

  @Field()
  @Column('text', { name: 'variant_name' })
  variantName!: string;

  @Field()
  @Column('text')
  sku!: string;

  @Column('bigint', { name: 'unit_price_minor', transformer: bigintNumber })
  unitPriceMinor!: number;

  @Field(() => Int)
  @Column('integer')
  quantity!: number;

  @Column('bigint', { name: 'line_total_minor', transformer: bigintNumber })
  lineTotalMinor!: number;

  @Column('char', { length: 3 })
  currency!: string;

  /** Who sells this line (decision 0035), copied from the product when the order is placed: the marketplace splits the order by seller. */
  @Field(() => SellerKind)
  @Column({ type: 'enum', enum: SellerKind, enumName: 'seller_kind', name: 'seller_kind', default: SellerKind.BRAND })
  sellerKind!: SellerKind;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'seller_id', nullable: true })
  sellerId!: string | null;

  @Field(() => OfferKind)
  @Column({ type: 'enum', enum: OfferKind, enumName: 'offer_kind', name: 'offer_kind', default: OfferKind.GOODS })
  offerKind!: OfferKind;

  /** The product's category when ordered: commission rules may be per category. */
  @Column('uuid', { name: 'category_id', nullable: true })
  categoryId!: string | null;

  /** For a service: the booking (held slot) this line pays for. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'booking_id', nullable: true })
  bookingId!: string | null;
}
