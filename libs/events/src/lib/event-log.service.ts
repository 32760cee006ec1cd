import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { PlatformEvent } from './platform-event.entity';

export interface NewPlatformEvent {
  type: string;
  actorId?: string | null;
  subject: { type: string; id: string };
  amount?: { minor: number; currency: string };
  payload?: Record<string, unknown>;
}

// A small payload keeps the log cheap to scan; anything bigger belongs in the domain's own tables.
const MAX_PAYLOAD_BYTES = 4096;

/**
 * Appends to the platform event log through the caller's unit of work: called inside a mutation, the
 * event commits or rolls back with the change it records. See docs/events.md.
 */
@Injectable()
export class EventLog {
  constructor(private readonly connection: TransactionalConnection) {}

  async record(event: NewPlatformEvent): Promise<void> {
    const payload = event.payload ?? {};
    if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PAYLOAD_BYTES) {
      throw new Error(`Event ${event.type} payload is over ${MAX_PAYLOAD_BYTES} bytes`);
    }
    const events = this.connection.getRepository(PlatformEvent);
    await events.save(events.create({
      type: event.type,
      actorId: event.actorId ?? null,
      subjectType: event.subject.type,
      subjectId: event.subject.id,
      amountMinor: event.amount ? event.amount.minor : null,
      currency: event.amount?.currency ?? null,
      payload,
    }));
  }
}
