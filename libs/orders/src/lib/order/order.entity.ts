import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { bigintNumber } from '@flagship/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrderStatus } from './order-status';

/**
 * A purchase from the brand. Prices, names and the address are copied in when the order is placed,
 * so later catalog edits never change what was bought. ("order" is an SQL keyword, hence shop_order.)
 */
@ObjectType({ description: 'A purchase from the brand shop.' })
@Entity('shop_order')
@Unique('shop_order_checkout_key', ['accountId', 'checkoutKey'])
@Unique('shop_order_number_key', ['number'])
@Index('shop_order_account_id_idx', ['accountId', 'createdAt'])
@Index('shop_order_status_idx', ['status', 'reservationExpiresAt'])
@Index('shop_order_created_at_idx', ['createdAt', 'id'])
export class Order {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'shop_order_pkey' })
  id!: string;

  /**
   * Drawn at random by the database (`shop_order_number()`, 8 of 32 unambiguous letters and digits, about
   * 10^12 possible): readable over the phone, yet it says nothing about how many orders there are. A
   * number drawn twice breaks the unique constraint and checkout draws again. Orders placed before
   * issue 8 keep their sequential numbers ("42").
   */
  @Field(() => String, { description: 'The order number people read out, e.g. 7KQ4-M2XD. Random: it reveals nothing about other orders.' })
  @Column('text', { default: () => 'shop_order_number()' })
  number!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  /** The buyer's idempotency key: the same checkout submitted twice is one order. */
  @Column('uuid', { name: 'checkout_key' })
  checkoutKey!: string;

  @Field(() => OrderStatus)
  @Column({ type: 'enum', enum: OrderStatus, enumName: 'order_status', default: OrderStatus.PENDING_PAYMENT })
  status!: OrderStatus;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('bigint', { name: 'subtotal_minor', default: 0, transformer: bigintNumber })
  subtotalMinor!: number;

  @Column('bigint', { name: 'shipping_minor', default: 0, transformer: bigintNumber })
  shippingMinor!: number;

  @Column('bigint', { name: 'tax_minor', default: 0, transformer: bigintNumber })
  taxMinor!: number;

  @Column('bigint', { name: 'total_minor', default: 0, transformer: bigintNumber })
  totalMinor!: number;

  @Column('bigint', { name: 'refunded_minor', default: 0, transformer: bigintNumber })
  refundedMinor!: number;

  @Field({ description: 'Whether the prices shown included tax when the order was placed.' })
  @Column('boolean', { name: 'prices_include_tax' })
  pricesIncludeTax!: boolean;

  @Field(() => Int, { description: 'Tax rate in basis points (1900 = 19%).' })
  @Column('integer', { name: 'tax_rate_bp' })
  taxRateBp!: number;

  @Field()
  @Column('text', { name: 'shipping_method_name' })
  shippingMethodName!: string;

  @Column('text', { name: 'ship_name' })
  shipName!: string;

  @Column('text', { name: 'ship_line1' })
  shipLine1!: string;

  @Column('text', { name: 'ship_line2', nullable: true })
  shipLine2!: string | null;

  @Column('text', { name: 'ship_city' })
  shipCity!: string;

  @Column('text', { name: 'ship_postcode' })
  shipPostcode!: string;

  @Column('char', { name: 'ship_country', length: 2 })
  shipCountry!: string;

  /** Unpaid orders hold their stock until then; the expiry job returns it. */
  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'reservation_expires_at', nullable: true })
  reservationExpiresAt!: Date | null;

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

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;
}
