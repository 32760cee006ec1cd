import type { EventType, RecordedEvent } from '../catalog/event-type';

export const CONSUMES_EVENTS = Symbol('flagship:consumes-events');

export interface ConsumerOptions<Types extends readonly EventType[]> {
  /** The consumer's stable name (its stored position's key): lower case, digits and hyphens. */
  name: string;
  /** The event types it reads; the position moves past all others. */
  types: Types;
  /** Events per batch (and per transaction); 100 unless set. */
  batchSize?: number;
  /** Where a new consumer starts: the first event ever recorded (default), or the events recorded from its first run on. */
  startAt?: 'beginning' | 'end';
}

/**
 * Marks a method of a provider as a consumer of the event feed: after commit, in batches, in the
 * feed's order, at least once. Each batch runs in one transaction with the consumer's position, so
 * the method's database writes (through TransactionalConnection) and the advanced position commit
 * together: a batch that fails or is interrupted is handed over again, whole, and nothing is applied
 * twice. Effects outside the database must be idempotent (e.g. keyed by event id).
 *
 *   @ConsumeEvents({ name: 'scorecard', types: [OrderEvents.paid, OrderEvents.refunded] })
 *   async apply(events: RecordedEvent<typeof OrderEvents.paid | typeof OrderEvents.refunded>[]) { … }
 */
export function ConsumeEvents<const Types extends readonly EventType[]>(options: ConsumerOptions<Types>) {
  return <Handler extends (events: RecordedEvent<Types[number]>[]) => Promise<unknown>>(_target: object, _key: string | symbol, descriptor: TypedPropertyDescriptor<Handler>): void => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(options.name)) throw new Error(`Event consumer name "${options.name}": lower case, digits and hyphens`);
    if (!options.types.length) throw new Error(`Event consumer ${options.name} reads no event type`);
    Reflect.defineMetadata(CONSUMES_EVENTS, options, descriptor.value as object);
  };
}
