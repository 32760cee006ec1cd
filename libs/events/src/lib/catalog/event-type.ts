import { z } from 'zod';

/** Money an event moved, in minor units. */
export interface EventAmount {
  minor: number;
  /** ISO 4217, upper case. */
  currency: string;
}

/**
 * How a domain declares one event type, once, in its `<domain>.events.ts`. Everything here ends up in
 * docs/events.md (a test keeps the two equal).
 */
export interface EventDefinition {
  /** `<namespace>.<what happened, past tense>`, e.g. `order.placed`. Never reused for something else. */
  name: string;
  /**
   * Starts at 1. Bump it when a reader would misread the payload (a field removed, renamed or changing
   * meaning); adding an optional field is not a new version. Stored on every event.
   */
  version: number;
  /** When it is recorded, in words (docs/events.md). */
  recordedWhen: string;
  /** Who the actor is, in words: `buyer`, `manager`, `platform` (actor id null). */
  actor: string;
  /** What it happened to: the subject's type, e.g. `order`; the id is given when recording. */
  subject: string;
  /** What the amount is (`order total`) when the event carries one; every such event must have it. */
  amount?: string;
  /** The payload's fields (zod). Nothing else is accepted, so a typo is refused rather than stored. */
  payload: z.ZodRawShape;
}

/** One declared event type: what `EventLog.record` takes, reactions react to and consumers read. */
export interface EventType<Name extends string = string, Payload extends object = object, HasAmount extends boolean = boolean> {
  readonly name: Name;
  readonly namespace: string;
  readonly version: number;
  readonly subjectType: string;
  readonly hasAmount: HasAmount;
  readonly payloadSchema: z.ZodType<Payload>;
  readonly definition: Readonly<EventDefinition>;
}

export type PayloadOf<T extends EventType> = T extends EventType<string, infer Payload> ? Payload : never;

/** An event as stored in the log and handed to reactions and consumers (a union over `type` for several types). */
export type RecordedEvent<T extends EventType = EventType> =
  T extends EventType<infer Name, infer Payload, infer HasAmount>
    ? {
        /** Position in id order; bigint as a string. */
        id: string;
        type: Name;
        version: number;
        actorId: string | null;
        subjectType: string;
        subjectId: string;
        amount: HasAmount extends true ? EventAmount : null;
        payload: Payload;
        occurredAt: Date;
        /** Recorded later with a past `occurredAt` (EventBackfill), not when it happened. */
        backfilled: boolean;
      }
    : never;

/** What `EventLog.record` needs besides the type: the amount when the type carries one, the payload when it has fields. */
export type NewEvent<T extends EventType> = {
  /** The account that caused it; null for the platform itself (a job, a webhook). */
  actorId: string | null;
  subjectId: string;
} & (T['hasAmount'] extends true ? { amount: EventAmount } : { amount?: undefined }) &
  (Record<never, never> extends PayloadOf<T> ? { payload?: PayloadOf<T> } : { payload: PayloadOf<T> });

type EventTypeOf<D> = D extends { name: infer Name extends string; payload: infer Shape extends z.ZodRawShape }
  ? EventType<Name, z.output<z.ZodObject<Shape, z.core.$strict>>, D extends { amount: string } ? true : false>
  : never;

/**
 * Declares a domain's event types. Names must start with the domain's namespace:
 *
 *   export const OrderEvents = defineEvents('order', {
 *     placed: { name: 'order.placed', version: 1, recordedWhen: '…', actor: 'buyer', subject: 'order',
 *               amount: 'order total', payload: { lines: z.number().int(), items: z.number().int() } },
 *   });
 */
export function defineEvents<const Namespace extends string, const Definitions extends Record<string, EventDefinition & { name: `${Namespace}.${string}` }>>(
  namespace: Namespace,
  definitions: Definitions,
): { readonly [Key in keyof Definitions]: EventTypeOf<Definitions[Key]> } {
  const types: Record<string, EventType> = {};
  for (const [key, definition] of Object.entries(definitions)) {
    if (!definition.name.startsWith(`${namespace}.`) || !/^[a-z]+(_[a-z]+)*\.[a-z_]+$/.test(definition.name)) {
      throw new Error(`Event type "${definition.name}" must be "${namespace}.<snake_case_past_tense>"`);
    }
    if (!Number.isInteger(definition.version) || definition.version < 1) throw new Error(`Event type ${definition.name}: version must be a positive integer`);
    types[key] = eventType(namespace, definition);
  }
  return Object.freeze(types) as { readonly [Key in keyof Definitions]: EventTypeOf<Definitions[Key]> };
}

function eventType(namespace: string, definition: EventDefinition): EventType {
  const payloadSchema = z.strictObject(definition.payload);
  return Object.freeze({
    name: definition.name,
    namespace,
    version: definition.version,
    subjectType: definition.subject,
    hasAmount: definition.amount !== undefined,
    payloadSchema,
    definition: Object.freeze({ ...definition }),
  });
}
