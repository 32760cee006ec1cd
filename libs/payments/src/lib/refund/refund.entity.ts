import { registerEnumType } from '@nestjs/graphql';
import { bigintNumber } from '@flagship/database';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { Payment } from '../payment/payment.entity';

export enum RefundStatus {
  /** Written before the provider is asked; its amount is held on the payment. Retried until known. */
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  /** The provider declined it: its amount was released. */
  FAILED = 'FAILED',
}
registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  valuesMap: {
    PENDING: { description: 'Asked of the payment provider, not confirmed yet: retried automatically.' },
    SUCCEEDED: { description: 'The money went back.' },
    FAILED: { description: 'The provider declined it: nothing was refunded.' },
  },
});

/** Money given back. The idempotency key (unique, bound to one payment) makes a retried refund a no-op. */
@Entity('refund')
@Unique('refund_idempotency_key_key', ['idempotencyKey'])
@Index('refund_payment_id_idx', ['paymentId'])
@Index('refund_pending_idx', ['updatedAt'], { where: `"status" = 'PENDING'` })
export class Refund {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'refund_pkey' })
  id!: string;

  @Column('uuid', { name: 'payment_id' })
  paymentId!: string;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'refund_payment_id_fkey' })
  payment?: Relation<Payment>;

  @Column('bigint', { name: 'amount_minor', transformer: bigintNumber })
  amountMinor!: number;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column({ type: 'enum', enum: RefundStatus, enumName: 'refund_status', default: RefundStatus.PENDING })
  status!: RefundStatus;

  @Column('text', { name: 'provider_refund_id', nullable: true })
  providerRefundId!: string | null;

  @Column('text')
  reason!: string;

  /** Who asked for it (a brand manager); null for the platform's automatic refunds. */
  @Column('uuid', { name: 'requested_by', nullable: true })
  requestedBy!: string | null;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
