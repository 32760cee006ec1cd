import { isUuid } from '@flagship/api-core';
import { toSafeInteger, type TransactionalConnection } from '@flagship/database';
import { z } from 'zod';
import type { EventCatalog } from '../catalog/event-catalog';
import type { EventType, NewEvent, RecordedEvent } from '../catalog/event-type';

// A small payload keeps the log cheap to scan; anything bigger belongs in the domain's own tables.
export const MAX_PAYLOAD_BYTES = 4096;

/** An event that does not match its declaration. Nothing was written. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

/** A validated event, ready to insert. */
export interface EventRow {
  type: string;
  version: number;
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  amountMinor: number | null;
  currency: string | null;
  payload: Record<string, unknown>;
}

/** Checks an event against its type's declaration (catalog membership, actor, subject, amount, payload schema). */
export function toEventRow<T extends EventType>(catalog: EventCatalog, type: T, event: NewEvent<T>): EventRow {
  const refuse = (problem: string) => new InvalidEventError(`Event ${type.name} v${type.version} refused: ${problem}`);
  if (!catalog.has(type)) throw refuse('its type is not in the event catalog (add the domain’s events to the catalog the app assembles)');
  if (event.actorId !== null && !isUuid(event.actorId)) throw refuse('actorId must be an account id (uuid) or null');
  if (typeof event.subjectId !== 'string' || !event.subjectId) throw refuse('subjectId is missing');
  const amount = event.amount as { minor: number; currency: string } | undefined;
  if (type.hasAmount && !amount) throw refuse(`it carries an amount (${type.definition.amount}), and none was given`);
  if (!type.hasAmount && amount) throw refuse('its type carries no amount');
  if (amount && (!Number.isSafeInteger(amount.minor) || !/^[A-Z]{3}$/.test(amount.currency))) throw refuse('amount must be whole minor units with an ISO 4217 currency');
  const parsed = type.payloadSchema.safeParse(event.payload ?? {});
  if (!parsed.success) throw refuse(`the payload does not match the schema:\n${z.prettifyError(parsed.error)}`);
  const payload = parsed.data as Record<string, unknown>;
  if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PAYLOAD_BYTES) throw refuse(`the payload is over ${MAX_PAYLOAD_BYTES} bytes`);
  return {
    type: type.name,
    version: type.version,
    actorId: event.actorId,
    subjectType: type.subjectType,
    subjectId: event.subjectId,
    amountMinor: amount?.minor ?? null,
    currency: amount?.currency ?? null,
    payload,
  };
}

/** Inserts an event in the transaction open on this call chain; `occurredAt` only for a backfill. */
export async function insertEvent(connection: TransactionalConnection, row: EventRow, occurredAt: Date | null): Promise<RecordedEvent> {
  const [inserted] = await connection.query<EventRecord>(
    `INSERT INTO platform_event (type, version, actor_id, subject_type, subject_id, amount_minor, currency, payload, occurred_at, backfilled)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, coalesce($9::timestamptz, now()), $10)
     RETURNING ${EVENT_COLUMNS}`,
    [row.type, row.version, row.actorId, row.subjectType, row.subjectId, row.amountMinor, row.currency, JSON.stringify(row.payload), occurredAt, occurredAt !== null],
  );
  return toRecordedEvent(inserted);
}

export const EVENT_COLUMNS = 'id, type, version, actor_id, subject_type, subject_id, amount_minor, currency, payload, occurred_at, backfilled, transaction_id';

export interface EventRecord {
  id: string;
  type: string;
  version: number;
  actor_id: string | null;
  subject_type: string;
  subject_id: string;
  amount_minor: string | null;
  currency: string | null;
  payload: Record<string, unknown>;
  occurred_at: Date;
  backfilled: boolean;
  transaction_id: string;
}

export function toRecordedEvent(record: EventRecord): RecordedEvent {
  return {
    id: record.id,
    type: record.type,
    version: record.version,
    actorId: record.actor_id,
    subjectType: record.subject_type,
    subjectId: record.subject_id,
    // bigint read as a string: an exact number or refused, like every 64-bit amount (decision 0016).
    amount: record.amount_minor === null ? null : { minor: toSafeInteger(record.amount_minor), currency: record.currency! },
    payload: record.payload,
    occurredAt: record.occurred_at,
    backfilled: record.backfilled,
  } as RecordedEvent;
}
