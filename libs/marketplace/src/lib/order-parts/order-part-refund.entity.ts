import { registerEnumType } from '@nestjs/graphql';
import { bigintNumber } from '@flagship/database';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { OrderPart } from './order-part.entity';

export enum OrderPartRefundStatus {
  /** Written before the payment provider is asked; its amount counts against what is left on the part. */
  PENDING = 'PENDING',
  /** The refund succeeded and its ledger reversal was posted, in one transaction. */
  SUCCEEDED = 'SUCCEEDED',
  /** Refused or declined: nothing was refunded. */
  FAILED = 'FAILED',
}
registerEnumType(OrderPartRefundStatus, { name: 'OrderPartRefundStatus' });

/**
 * Which order part a refund of the order's payment belongs to (decision 0036): the payments side knows
 * only orders. A part refund writes its row (PENDING) before the provider is asked; when the refund
 * succeeds (`payment.refunded`), the reaction finds the row by the refund's idempotency key and posts the
 * part's ledger reversal in that same transaction. A whole-order refund has no row beforehand: the
 * reaction spreads it over the parts and writes one row per part then.
 */
@Entity('order_part_refund')
@Unique('order_part_refund_key', ['refundKey', 'orderPartId'])
@Index('order_part_refund_part_idx', ['orderPartId', 'createdAt'])
export class OrderPartRefund {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'order_part_refund_pkey' })
  id!: string;

  @Column('uuid', { name: 'order_part_id' })
  orderPartId!: string;

  @ManyToOne(() => OrderPart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_part_id', foreignKeyConstraintName: 'order_part_refund_order_part_id_fkey' })
  orderPart?: Relation<OrderPart>;

  /** The idempotency key of the payments side's refund (`refund.idempotency_key`). */
  @Column('text', { name: 'refund_key' })
  refundKey!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintNumber })
  amountMinor!: number;

  /** The commission given back with it (`commissionRefundFor`), fixed when it succeeded. */
  @Column('bigint', { name: 'commission_minor', default: 0, transformer: bigintNumber })
  commissionMinor!: number;

  @Column({ type: 'enum', enum: OrderPartRefundStatus, enumName: 'order_part_refund_status', default: OrderPartRefundStatus.PENDING })
  status!: OrderPartRefundStatus;

  @Column('text')
  reason!: string;

  /** The seller cancelled the part: once refunded it is CANCELLED rather than REFUNDED. */
  @Column('boolean', { default: false })
  cancels!: boolean;

  @Column('uuid', { name: 'requested_by', nullable: true })
  requestedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
