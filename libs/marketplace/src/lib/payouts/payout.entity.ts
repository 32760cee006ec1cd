import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Money } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import { bigintNumber } from '@flagship/database';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { OrderPart } from '../order-parts/order-part.entity';

export enum PayoutStatus {
  /** Claimed; the provider was asked (or is about to be) with the payout's key. An unknown answer stays here and is asked again. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** The provider declined it; tried again later with a new key. */
  FAILED = 'FAILED',
  /** Not sent: something the seller must do first (see `blockedReason`); checked again on every run. */
  BLOCKED = 'BLOCKED',
  /** Sent, then taken back in part or whole after refunds (`reversedMinor`). */
  REVERSED = 'REVERSED',
}
registerEnumType(PayoutStatus, { name: 'PayoutStatus' });

/**
 * One order part's money sent to its seller's connected account (decision 0041): a transfer in the
 * order's `transfer_group`, from the order's charge. At most one per part.
 */
@ObjectType({ description: 'A seller’s share of one order part sent to their connected account.' })
@Entity('payout')
@Unique('payout_order_part_key', ['orderPartId'])
@Unique('payout_idempotency_key', ['idempotencyKey'])
@Index('payout_seller_idx', ['sellerKind', 'sellerId', 'createdAt'])
@Index('payout_status_idx', ['status'])
export class Payout {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'payout_pkey' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'order_part_id' })
  orderPartId!: string;

  @ManyToOne(() => OrderPart, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_part_id', foreignKeyConstraintName: 'payout_order_part_id_fkey' })
  orderPart?: Relation<OrderPart>;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Column({ type: 'enum', enum: SellerKind, enumName: 'seller_kind', name: 'seller_kind' })
  sellerKind!: SellerKind;

  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintNumber })
  amountMinor!: number;

  @Column('bigint', { name: 'reversed_minor', default: 0, transformer: bigintNumber })
  reversedMinor!: number;

  @Column('char', { length: 3 })
  currency!: string;

  @Field()
  @Column('text')
  provider!: string;

  @Field()
  @Column('boolean', { name: 'test_mode' })
  testMode!: boolean;

  @Column('text', { name: 'provider_account_id', nullable: true })
  providerAccountId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'provider_transfer_id', nullable: true })
  providerTransferId!: string | null;

  @Field(() => PayoutStatus)
  @Column({ type: 'enum', enum: PayoutStatus, enumName: 'payout_status', default: PayoutStatus.PENDING })
  status!: PayoutStatus;

  /** The key the provider gets for this attempt: the same on every retry of an unknown outcome. */
  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column('integer', { default: 1 })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why it is not sent (blocked or declined), in words.' })
  @Column('text', { name: 'blocked_reason', nullable: true })
  blockedReason!: string | null;

  @Column('timestamptz', { name: 'attempted_at', default: () => 'now()' })
  attemptedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Money)
  get amount(): Money {
    return { amountMinor: this.amountMinor, currency: this.currency };
  }

  @Field(() => Money, { description: 'Taken back after refunds.' })
  get reversed(): Money {
    return { amountMinor: this.reversedMinor, currency: this.currency };
  }
}

export enum PayoutReversalStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * Part of a payout taken back from the seller's connected account (a transfer reversal), after the
 * part was refunded: as much of the payout as the refunds took of the part's net.
 */
@Entity('payout_reversal')
@Unique('payout_reversal_idempotency_key', ['idempotencyKey'])
@Unique('payout_reversal_provider_key', ['providerReversalId'])
@Index('payout_reversal_payout_idx', ['payoutId'])
@Index('payout_reversal_one_pending_key', ['payoutId'], { unique: true, where: `status = 'PENDING'` })
export class PayoutReversal {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'payout_reversal_pkey' })
  id!: string;

  @Column('uuid', { name: 'payout_id' })
  payoutId!: string;

  @ManyToOne(() => Payout, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payout_id', foreignKeyConstraintName: 'payout_reversal_payout_id_fkey' })
  payout?: Relation<Payout>;

  @Column('bigint', { name: 'amount_minor', transformer: bigintNumber })
  amountMinor!: number;

  @Column({ type: 'enum', enum: PayoutReversalStatus, enumName: 'payout_reversal_status', default: PayoutReversalStatus.PENDING })
  status!: PayoutReversalStatus;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column('text', { name: 'provider_reversal_id', nullable: true })
  providerReversalId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
