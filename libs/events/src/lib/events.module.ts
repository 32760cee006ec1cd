import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventCatalog } from './catalog/event-catalog';
import { EventFeedRunner } from './feed/event-feed-runner';
import { EventBackfill } from './log/event-backfill.service';
import { EventLog } from './log/event-log.service';
import { EventReactions } from './reactions/event-reactions';

export interface EventsModuleOptions {
  /** Every event type on the platform, assembled by the app from the domains' declarations. */
  catalog: EventCatalog;
}

/**
 * Global infrastructure: every domain records its events and none owns the log. Domains' reactions
 * (`@ReactTo`) and feed consumers (`@ConsumeEvents`) are found in their own modules' providers.
 */
@Global()
@Module({})
export class EventsModule {
  static forRoot(options: EventsModuleOptions): DynamicModule {
    return {
      module: EventsModule,
      imports: [DiscoveryModule],
      providers: [{ provide: EventCatalog, useValue: options.catalog }, EventLog, EventBackfill, EventReactions, EventFeedRunner],
      exports: [EventCatalog, EventLog, EventBackfill, EventReactions, EventFeedRunner],
    };
  }
}
