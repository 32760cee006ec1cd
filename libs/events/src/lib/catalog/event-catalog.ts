import type { EventType } from './event-type';

/** One domain's declared types: what its `defineEvents(...)` returned. */
export type DomainEvents = Readonly<Record<string, EventType>>;

/**
 * Every event type on the platform, assembled by the app from the domains' declarations (each domain
 * declares its own, once). `EventLog.record` refuses a type that is not in it, and docs/events.md is
 * tested against it.
 */
export class EventCatalog {
  private readonly byName = new Map<string, EventType>();

  constructor(domains: readonly DomainEvents[]) {
    for (const domain of domains) {
      for (const type of Object.values(domain)) {
        if (this.byName.has(type.name)) throw new Error(`Event type ${type.name} is declared twice`);
        this.byName.set(type.name, type);
      }
    }
  }

  /** In the order the domains declared them. */
  get types(): EventType[] {
    return [...this.byName.values()];
  }

  /** True for this very declaration (not just one with the same name). */
  has(type: EventType): boolean {
    return this.byName.get(type.name) === type;
  }

  find(name: string): EventType | undefined {
    return this.byName.get(name);
  }
}
