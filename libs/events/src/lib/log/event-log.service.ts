import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { EventCatalog } from '../catalog/event-catalog';
import type { EventType, NewEvent, RecordedEvent } from '../catalog/event-type';
import { EventFeedRunner } from '../feed/event-feed-runner';
import { EventReactions } from '../reactions/event-reactions';
import { insertEvent, toEventRow } from './event-rows';
import { PlatformEvent } from './platform-event.entity';

/**
 * Appends to the platform event log through the caller's unit of work: called inside a mutation, the
 * event commits or rolls back with the change it records. The event must match its type's declaration
 * (InvalidEventError otherwise, and nothing is written). Then, in the same transaction, the reactions
 * to its type run (`@ReactTo`); after commit, the feed's consumers of its type are woken.
 * See docs/events.md.
 */
@Injectable()
export class EventLog {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly catalog: EventCatalog,
    private readonly reactions: EventReactions,
    private readonly feed: EventFeedRunner,
  ) {}

  async record<T extends EventType>(type: T, event: NewEvent<T>): Promise<RecordedEvent<T>> {
    const row = toEventRow(this.catalog, type, event);
    return this.connection.withTransaction(async () => {
      const recorded = await insertEvent(this.connection, row, null);
      await this.reactions.react(recorded);
      await this.feed.wakeAfterCommit(recorded.type);
      return recorded as RecordedEvent<T>;
    });
  }

  /**
   * What happened to these subjects (`'order'`, its ids), oldest first: an order's timeline for the
   * back office. One statement for every id asked (platform_event_subject_idx); who may read it is
   * the caller's policy to decide.
   */
  about(subjectType: string, subjectIds: readonly string[]): Promise<PlatformEvent[]> {
    if (subjectIds.length === 0) return Promise.resolve([]);
    return this.connection
      .getRepository(PlatformEvent)
      .createQueryBuilder('e')
      .where('e.subject_type = :subjectType AND e.subject_id IN (:...subjectIds)', { subjectType, subjectIds: [...subjectIds] })
      .orderBy('e.occurred_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }
}
