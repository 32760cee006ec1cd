import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Payment } from './payment.entity';

/** Money given back; the idempotency key makes a retried refund a no-op. */
@Entity('refund')
@Unique('refund_idempotency_key_key', ['idempotencyKey'])
@Index('refund_payment_id_idx', ['paymentId'])
export class Refund {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'refund_pkey' })
  id!: string;

  @Column('uuid', { name: 'payment_id' })
  paymentId!: string;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'refund_payment_id_fkey' })
  payment?: Relation<Payment>;

  @Column('integer', { name: 'amount_minor' })
  amountMinor!: number;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column('text', { name: 'provider_refund_id', nullable: true })
  providerRefundId!: string | null;

  @Column('text')
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
