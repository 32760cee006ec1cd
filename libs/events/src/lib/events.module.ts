import { Global, Module } from '@nestjs/common';
import { EventLog } from './event-log.service';

/** Global: every domain records its events; none owns the log. */
@Global()
@Module({ providers: [EventLog], exports: [EventLog] })
export class EventsModule {}
