import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { EventCatalog } from '../catalog/event-catalog';
import type { EventType, NewEvent, RecordedEvent } from '../catalog/event-type';
import { EventFeedRunner } from '../feed/event-feed-runner';
import { insertEvent, toEventRow } from './event-rows';

/**
 * Records events that happened before they were recorded: a demo's history, an import. The only way to
 * set a past `occurredAt` (the database refuses one from anywhere else); the event is marked
 * `backfilled`. No reactions run (the domains' state was made separately, and history must not change
 * it again); the feed's consumers read it like any other event, at the point it was recorded.
 */
@Injectable()
export class EventBackfill {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly catalog: EventCatalog,
    private readonly feed: EventFeedRunner,
  ) {}

  async record<T extends EventType>(type: T, event: NewEvent<T>, occurredAt: Date): Promise<RecordedEvent<T>> {
    const row = toEventRow(this.catalog, type, event);
    return this.connection.withTransaction(async () => {
      const recorded = await insertEvent(this.connection, row, occurredAt);
      await this.feed.wakeAfterCommit(recorded.type);
      return recorded as RecordedEvent<T>;
    });
  }
}
