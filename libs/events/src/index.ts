export { EventsModule } from './lib/events.module';
export { EventLog, type NewPlatformEvent } from './lib/event-log.service';
export { PlatformEvent } from './lib/platform-event.entity';
import { PlatformEvent } from './lib/platform-event.entity';
import { CreatePlatformEventLog1763900000300 } from './migrations/1763900000300-create-platform-event-log';

export const eventsEntities = [PlatformEvent];
export const eventsMigrations = [CreatePlatformEventLog1763900000300];
