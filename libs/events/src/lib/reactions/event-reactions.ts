import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { EventCatalog } from '../catalog/event-catalog';
import type { EventType, RecordedEvent } from '../catalog/event-type';
import { discoverMethods, type DiscoveredMethod } from '../discover-methods';
import { REACTS_TO } from './react-to.decorator';

// A reaction may record events others react to; a chain this deep is a loop.
const MAX_DEPTH = 8;

/** The `@ReactTo` methods of every module, run by EventLog in the recording transaction. */
@Injectable()
export class EventReactions implements OnModuleInit {
  private byType?: Map<string, DiscoveredMethod<readonly EventType[]>[]>;
  private readonly depth = new AsyncLocalStorage<number>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly catalog: EventCatalog,
  ) {}

  onModuleInit(): void {
    this.reactions();
  }

  /** Who reacts to what: `[event type, 'Class.method']`, in the order they run. */
  list(): [string, string][] {
    return [...this.reactions()].flatMap(([type, reactions]) => reactions.map((reaction): [string, string] => [type, reaction.owner]));
  }

  /** Runs the event's reactions one after the other; the first to throw fails the recording transaction. */
  async react(event: RecordedEvent): Promise<void> {
    const reactions = this.reactions().get(event.type);
    if (!reactions) return;
    const depth = (this.depth.getStore() ?? 0) + 1;
    if (depth > MAX_DEPTH) throw new Error(`Reactions to ${event.type} nest ${MAX_DEPTH} deep: a reaction loop?`);
    for (const reaction of reactions) await this.depth.run(depth, () => reaction.call(event));
  }

  private reactions(): Map<string, DiscoveredMethod<readonly EventType[]>[]> {
    if (this.byType) return this.byType;
    const byType = new Map<string, DiscoveredMethod<readonly EventType[]>[]>();
    for (const reaction of discoverMethods<readonly EventType[]>(this.discovery, this.scanner, REACTS_TO)) {
      for (const type of reaction.metadata) {
        if (!this.catalog.has(type)) throw new Error(`${reaction.owner} reacts to ${type.name}, which is not in the event catalog`);
        byType.set(type.name, [...(byType.get(type.name) ?? []), reaction]);
      }
    }
    this.byType = byType;
    return byType;
  }
}
