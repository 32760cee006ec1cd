import { bigintNumber } from '@flagship/database';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One thing that happened on the platform: an order placed, a review posted, a route shared. The log
 * is append-only (a trigger refuses UPDATE and DELETE), is what the brand manager's scorecard is
 * computed from, and is read by consumers through the event feed in (transaction id, id) order.
 * Written by EventLog (and EventBackfill) only; see docs/events.md.
 */
@Entity('platform_event')
@Index('platform_event_type_occurred_at_idx', ['type', 'occurredAt'])
@Index('platform_event_subject_idx', ['subjectType', 'subjectId'])
@Index('platform_event_actor_id_idx', ['actorId'])
@Index('platform_event_feed_idx', ['transactionId', 'id'])
export class PlatformEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'platform_event_pkey' })
  id!: string;

  /** Dotted, past tense, owned by one domain: `order.placed`, `review.posted`. */
  @Column('text')
  type!: string;

  /** The version of the type's payload this event was recorded with. */
  @Column('integer')
  version!: number;

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

  /** When the recording transaction started; earlier only for a backfilled event. */
  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt!: Date;

  /** Recorded after the fact with a past `occurredAt` (EventBackfill). */
  @Column('boolean', { default: false })
  backfilled!: boolean;

  /**
   * The writing transaction's id (`pg_current_xact_id()`, a 64-bit xid8, kept as bigint), set by a
   * trigger. The feed's order is (transactionId, id); see docs/decisions/0010.
   */
  @Column('bigint', { name: 'transaction_id' })
  transactionId!: string;
}
