import { bigintNumber } from '@flagship/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One thing that happened on the platform: an order placed, a review posted, a route shared. The log
 * is append-only (a trigger refuses UPDATE and DELETE) and is what the brand manager's scorecard is
 * computed from.
 */
@Entity('platform_event')
@Index('platform_event_type_occurred_at_idx', ['type', 'occurredAt'])
@Index('platform_event_subject_idx', ['subjectType', 'subjectId'])
export class PlatformEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'platform_event_pkey' })
  id!: string;

  /** Dotted, past tense, owned by one domain: `order.placed`, `review.posted`. */
  @Column('text')
  type!: string;

  /** The account that caused it; null for the platform itself (a job, a webhook). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'subject_type' })
  subjectType!: string;

  @Column('text', { name: 'subject_id' })
  subjectId!: string;

  /** Money moved by the event, in minor units, when there is some. */
  @Column('bigint', { name: 'amount_minor', nullable: true, transformer: bigintNumber })
  amountMinor!: number | null;

  @Column('char', { length: 3, nullable: true })
  currency!: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
