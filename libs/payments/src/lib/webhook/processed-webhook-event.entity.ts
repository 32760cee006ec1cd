import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Provider events already applied: a redelivered event finds its id here and changes nothing. */
@Entity('processed_webhook_event')
export class ProcessedWebhookEvent {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'processed_webhook_event_pkey' })
  id!: string;

  @Column('text')
  type!: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
