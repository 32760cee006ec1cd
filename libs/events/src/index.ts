export { EventsModule, type EventsModuleOptions } from './lib/events.module';
export { defineEvents, type EventAmount, type EventDefinition, type EventType, type NewEvent, type PayloadOf, type RecordedEvent } from './lib/catalog/event-type';
export { EventCatalog, type DomainEvents } from './lib/catalog/event-catalog';
export { renderEventTable, withEventTable, EVENT_TABLE_START, EVENT_TABLE_END } from './lib/catalog/event-catalog-table';
export { EventLog } from './lib/log/event-log.service';
export { EventBackfill } from './lib/log/event-backfill.service';
export { InvalidEventError, MAX_PAYLOAD_BYTES } from './lib/log/event-rows';
export { PlatformEvent } from './lib/log/platform-event.entity';
export { ReactTo } from './lib/reactions/react-to.decorator';
export { EventReactions } from './lib/reactions/event-reactions';
export { ConsumeEvents, type ConsumerOptions } from './lib/feed/consume-events.decorator';
export { EventFeedRunner, consumerJobName, type DrainResult } from './lib/feed/event-feed-runner';
export { EventConsumerPosition } from './lib/feed/event-consumer.entity';
// Domains declare payloads with zod; one copy of it for the whole platform.
export { z } from 'zod';
import { EventConsumerPosition } from './lib/feed/event-consumer.entity';
import { PlatformEvent } from './lib/log/platform-event.entity';
import { CreatePlatformEventLog1763900000300 } from './migrations/1763900000300-create-platform-event-log';
import { EventFeedAndCatalog1764300000300 } from './migrations/1764300000300-event-feed-and-catalog';

export const eventsEntities = [PlatformEvent, EventConsumerPosition];
export const eventsMigrations = [CreatePlatformEventLog1763900000300, EventFeedAndCatalog1764300000300];
