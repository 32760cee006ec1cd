import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SafeInt } from '@flagship/api-core';
import { bigintNumber } from '@flagship/database';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { ServiceSlot } from './service-slot.entity';

export enum BookingStatus {
  /** Seats held for the buyer until `holdExpiresAt` (in the cart, or in an unpaid order). */
  HELD = 'HELD',
  /** The hold lapsed unpaid: its seats went back to the slot. */
  EXPIRED = 'EXPIRED',
  /** Paid; waiting for the vendor to confirm. */
  PAID = 'PAID',
  CONFIRMED = 'CONFIRMED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' });

/** A buyer's seats in a slot of a service (decision 0039). */
@ObjectType({ description: 'A rider’s booking of a service slot.' })
@Entity('booking')
@Index('booking_vendor_idx', ['vendorId', 'startsAt'])
@Index('booking_buyer_idx', ['buyerId', 'startsAt'])
@Index('booking_slot_idx', ['slotId', 'status'])
@Index('booking_hold_idx', ['status', 'holdExpiresAt'])
@Index('booking_order_idx', ['orderId'])
@Check('booking_seats_check', '"seats" > 0')
export class Booking {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'booking_pkey' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'slot_id' })
  slotId!: string;

  @ManyToOne(() => ServiceSlot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'booking_slot_id_fkey' })
  slot?: Relation<ServiceSlot>;

  @Field(() => ID)
  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'vendor_id' })
  vendorId!: string;

  @Column('uuid', { name: 'buyer_id' })
  buyerId!: string;

  @Field(() => Int)
  @Column('integer')
  seats!: number;

  /** The slot's times, copied (a slot with bookings never changes). */
  @Field()
  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Field()
  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Field(() => BookingStatus)
  @Column({ type: 'enum', enum: BookingStatus, enumName: 'booking_status', default: BookingStatus.HELD })
  status!: BookingStatus;

  @Field(() => Date, { nullable: true, description: 'While HELD: when the seats go back to the slot unless the order is paid.' })
  @Column('timestamptz', { name: 'hold_expires_at', nullable: true })
  holdExpiresAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'order_id', nullable: true })
  orderId!: string | null;

  @Column('uuid', { name: 'order_part_id', nullable: true })
  orderPartId!: string | null;

  /** What the buyer paid for it (the order line), fixed when the order is placed. */
  @Field(() => SafeInt, { nullable: true })
  @Column('bigint', { name: 'amount_minor', nullable: true, transformer: bigintNumber })
  amountMinor!: number | null;

  @Field(() => String, { nullable: true })
  @Column('char', { length: 3, nullable: true })
  currency!: string | null;

  @Field(() => SafeInt)
  @Column('bigint', { name: 'refunded_minor', default: 0, transformer: bigintNumber })
  refundedMinor!: number;

  /**
   * Set when a payment arrived after the hold had lapsed and the slot was taken meanwhile: the booking
   * stays EXPIRED and its order part waits for a refund (decision 0039).
   */
  @Field(() => String, { nullable: true })
  @Column('text', { name: 'payment_issue', nullable: true })
  paymentIssue!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'confirmed_at', nullable: true })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;

  @Column('uuid', { name: 'cancelled_by', nullable: true })
  cancelledBy!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
