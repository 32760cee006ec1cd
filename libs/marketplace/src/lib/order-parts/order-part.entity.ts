import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SellerKind } from '@flagship/catalog';
import { bigintNumber } from '@flagship/database';
import { Order } from '@flagship/orders';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';

export enum OrderPartStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(OrderPartStatus, { name: 'OrderPartStatus' });

export enum FundsStatus {
  /** Not applicable yet (unpaid) or paid straight to the seller's balance. */
  NONE = 'NONE',
  /** A used item's money waits on `held:` until the buyer confirms receipt or the claim window passes. */
  HELD = 'HELD',
  /** A claim froze the funds; a brand manager decides. */
  FROZEN = 'FROZEN',
  RELEASED = 'RELEASED',
}
registerEnumType(FundsStatus, { name: 'FundsStatus' });

/**
 * One seller's share of an order (decision 0036): the order splits into one part per seller when it is
 * placed. Its amounts are fixed then: the part's goods, its share of shipping and tax (the order's
 * total spread over the parts exactly), and the commission, which the buyer never sees. Fulfilled,
 * cancelled and refunded on its own.
 */
@ObjectType({ description: 'One seller’s part of an order, fulfilled and refunded on its own.' })
@Entity('order_part')
@Unique('order_part_seller_key', ['orderId', 'sellerKind', 'sellerId'])
@Index('order_part_seller_idx', ['sellerKind', 'sellerId', 'createdAt'])
export class OrderPart {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'order_part_pkey' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_part_order_id_fkey' })
  order?: Relation<Order>;

  /** The buyer (copied from the order, so a seller's queries never need the order table's rules). */
  @Column('uuid', { name: 'buyer_id' })
  buyerId!: string;

  @Field(() => SellerKind)
  @Column({ type: 'enum', enum: SellerKind, enumName: 'seller_kind', name: 'seller_kind' })
  sellerKind!: SellerKind;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'seller_id', nullable: true })
  sellerId!: string | null;

  @Field(() => OrderPartStatus)
  @Column({ type: 'enum', enum: OrderPartStatus, enumName: 'order_part_status', default: OrderPartStatus.PENDING_PAYMENT })
  status!: OrderPartStatus;

  @Column('char', { length: 3 })
  currency!: string;

  /** The part's lines at their prices. */
  @Column('bigint', { name: 'goods_minor', transformer: bigintNumber })
  goodsMinor!: number;

  /** What the buyer paid for this part: goods plus its share of shipping and tax. The parts' gross sum to the order total. */
  @Column('bigint', { name: 'gross_minor', transformer: bigintNumber })
  grossMinor!: number;

  /** The rule applied when the order was placed (basis points), for the record. Never shown to the buyer: see OrderPartEarnings. */
  @Column('integer', { name: 'commission_bp' })
  commissionBp!: number;

  @Column('bigint', { name: 'commission_minor', transformer: bigintNumber })
  commissionMinor!: number;

  /** gross − commission: what the seller is owed for the part before refunds. */
  @Column('bigint', { name: 'net_minor', transformer: bigintNumber })
  netMinor!: number;

  @Column('bigint', { name: 'refunded_minor', default: 0, transformer: bigintNumber })
  refundedMinor!: number;

  /** The commission given back with refunds so far (reversed in proportion). */
  @Column('bigint', { name: 'commission_refunded_minor', default: 0, transformer: bigintNumber })
  commissionRefundedMinor!: number;

  @Field(() => FundsStatus)
  @Column({ type: 'enum', enum: FundsStatus, enumName: 'funds_status', name: 'funds_status', default: FundsStatus.NONE })
  fundsStatus!: FundsStatus;

  /** For held funds: when they go to the seller unless a claim is opened first. */
  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'release_after', nullable: true })
  releaseAfter!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'fulfilled_at', nullable: true })
  fulfilledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;
}
