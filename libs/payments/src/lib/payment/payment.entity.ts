import { registerEnumType } from '@nestjs/graphql';
import { bigintNumber } from '@flagship/database';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export enum PaymentStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  /** Never completed and cancelled at the provider (the order's reservation expired). */
  CANCELLED = 'CANCELLED',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

/**
 * The money side of one order: at most one payment per order (the unique order_id is what makes a
 * double-submitted checkout charge once). Refunds reduce it without deleting anything.
 */
@Entity('payment')
@Unique('payment_order_id_key', ['orderId'])
@Unique('payment_provider_payment_id_key', ['providerPaymentId'])
export class Payment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'payment_pkey' })
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  /** The provider that took it ("stripe", "offline-test"): refunds and cancels go back to it. */
  @Column('text')
  provider!: string;

  /** Taken in test mode (offline provider, Stripe test keys): no real money moved. */
  @Column('boolean', { name: 'test_mode' })
  testMode!: boolean;

  @Column('text', { name: 'provider_payment_id', nullable: true })
  providerPaymentId!: string | null;

  /**
   * The charge that moved the money (Stripe: the PaymentIntent's `latest_charge` once it succeeded):
   * sellers' transfers name it as their `source_transaction` (decision 0041).
   */
  @Column('text', { name: 'provider_charge_id', nullable: true })
  providerChargeId!: string | null;

  @Column({ type: 'enum', enum: PaymentStatus, enumName: 'payment_status', default: PaymentStatus.PENDING })
  status!: PaymentStatus;

  @Column('bigint', { name: 'amount_minor', transformer: bigintNumber })
  amountMinor!: number;

  @Column('char', { length: 3 })
  currency!: string;

  /** Refunded or being refunded (PENDING refunds hold their amount here, so none can overdraw). */
  @Column('bigint', { name: 'refunded_minor', default: 0, transformer: bigintNumber })
  refundedMinor!: number;

  /** Lets the buyer's browser confirm a Stripe PaymentIntent; null for the offline provider. */
  @Column('text', { name: 'client_secret', nullable: true })
  clientSecret!: string | null;

  /** Attempts to cancel it at the provider (after its order was cancelled unpaid), and the last one. */
  @Column('integer', { name: 'cancel_attempts', default: 0 })
  cancelAttempts!: number;

  @Column('timestamptz', { name: 'cancel_attempted_at', nullable: true })
  cancelAttemptedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
