import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Product } from '@flagship/catalog';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UsedItemCondition, UsedItemKind } from './resale.types';

/**
 * A member's used bike or part (decision 0042): the details of a USED catalog product listed by its
 * seller (one variant, stock 1), and, once sold, how its sale is handed over. One item, one sale.
 */
@ObjectType({ description: 'A used bike or part a member sells through the platform.' })
@Entity('used_item')
@Index('used_item_seller_idx', ['sellerId', 'createdAt'])
@Index('used_item_market_idx', ['kind', 'createdAt'])
@Index('used_item_frame_serial_idx', ['frameSerial'])
export class UsedItem {
  @Field(() => ID, { description: 'The catalog product’s id.' })
  @PrimaryColumn('uuid', { name: 'product_id', primaryKeyConstraintName: 'used_item_pkey' })
  productId!: string;

  @OneToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'used_item_product_id_fkey' })
  product?: Relation<Product>;

  /** The member who sells it (account id). */
  @Field(() => ID)
  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  @Field(() => UsedItemKind)
  @Column({ type: 'enum', enum: UsedItemKind, enumName: 'used_item_kind' })
  kind!: UsedItemKind;

  @Field(() => UsedItemCondition)
  @Column({ type: 'enum', enum: UsedItemCondition, enumName: 'used_item_condition' })
  condition!: UsedItemCondition;

  @Field()
  @Column('text')
  brand!: string;

  @Field()
  @Column('text')
  model!: string;

  @Field(() => String, { nullable: true, description: 'Frame size as the maker labels it (e.g. M, 54 cm).' })
  @Column('text', { name: 'frame_size', nullable: true })
  frameSize!: string | null;

  @Field(() => Int, { nullable: true })
  @Column('integer', { nullable: true })
  year!: number | null;

  /** Normalised (see normaliseSerial); required for bikes. Served masked except to its seller and brand managers. */
  @Column('text', { name: 'frame_serial', nullable: true })
  frameSerial!: string | null;

  @Field(() => String, { nullable: true, description: 'How it is handed over: shipping or pickup.' })
  @Column('text', { name: 'handover_note', nullable: true })
  handoverNote!: string | null;

  /** The order part that bought it (null while for sale). */
  @Column('uuid', { name: 'sold_part_id', nullable: true })
  soldPartId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'sold_at', nullable: true })
  soldAt!: Date | null;

  @Column('timestamptz', { name: 'shipped_at', nullable: true })
  shippedAt!: Date | null;

  @Column('text', { name: 'tracking_code', nullable: true })
  trackingCode!: string | null;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;

  /** The buyer confirmed receipt (funds released then). */
  @Column('timestamptz', { name: 'received_at', nullable: true })
  receivedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
