import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A named consumer of the event feed and how far it has read: the (transaction id, event id) of the
 * last event it has applied, or further (past events it does not read). Advanced in the same
 * transaction as the consumer's own writes.
 */
@Entity('event_consumer')
export class EventConsumerPosition {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'event_consumer_pkey' })
  name!: string;

  @Column('bigint', { name: 'transaction_id' })
  transactionId!: string;

  @Column('bigint', { name: 'event_id' })
  eventId!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The last failure of a batch (it is retried from the same position), cleared by the next success. */
  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'failing_since', nullable: true })
  failingSince!: Date | null;
}
