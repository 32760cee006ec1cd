import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { TransactionalConnection } from '@flagship/database';
import { JobQueue } from '@flagship/jobs';
import type { EntityManager } from 'typeorm';
import { EventCatalog } from '../catalog/event-catalog';
import type { EventType, RecordedEvent } from '../catalog/event-type';
import { discoverMethods } from '../discover-methods';
import { EVENT_COLUMNS, toRecordedEvent, type EventRecord } from '../log/event-rows';
import { CONSUMES_EVENTS, type ConsumerOptions } from './consume-events.decorator';

/** The pg-boss queue that runs one consumer: `events-consumer-<name>`. */
export const consumerJobName = (consumer: string) => `events-consumer-${consumer}`;

// The first key of the advisory lock each batch takes (the second is the consumer's name hashed); it
// only has to differ from other two-key advisory locks on this database.
const FEED_LOCK = 0x666c6564;
const DEFAULT_BATCH_SIZE = 100;

/**
 * The feed: events past the consumer's position, of its types, in (transaction id, id) order, and
 * only those whose transaction id is below the horizon, the oldest transaction still running when
 * this statement's snapshot was taken. Every transaction below it has committed (its events are
 * visible here) or rolled back (its events never will be), so no event can later appear behind a
 * position once read. The horizon comes from the same statement, hence the same snapshot.
 * docs/decisions/0010.
 */
const FEED_SQL = `
  WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
  SELECT h.xmin AS horizon, e.*
  FROM horizon h
  LEFT JOIN LATERAL (
    SELECT ${EVENT_COLUMNS} FROM platform_event
    WHERE (transaction_id, id) > ($1::bigint, $2::bigint) AND transaction_id < h.xmin AND type = ANY($3::text[])
    ORDER BY transaction_id, id
    LIMIT $4
  ) e ON true`;

interface Position {
  transactionId: bigint;
  eventId: bigint;
}

interface Consumer {
  name: string;
  owner: string;
  typeNames: string[];
  batchSize: number;
  startAt: 'beginning' | 'end';
  handle: (events: RecordedEvent[]) => Promise<unknown>;
}

export interface DrainResult {
  /** Events handed to the consumer in committed batches. */
  delivered: number;
  /** Nothing left below the horizon. */
  caughtUp: boolean;
  /** Another process is running this consumer; it carries on. */
  busy: boolean;
  /** A batch failed (logged and stored on the consumer's row); the next run starts from the same position. */
  failed: boolean;
}

/**
 * Runs the feed's consumers (`@ConsumeEvents` methods). Each consumer has a stored position and a
 * pg-boss job (every minute, and woken after a commit that recorded one of its types). A batch is one
 * transaction: an advisory lock on the consumer (a second process finds it busy and leaves it), the
 * events past the position, the consumer's own writes, the new position. So a batch that fails or is
 * killed leaves no trace and is handed over again whole: at least once in delivery, exactly once in
 * database effect.
 */
@Injectable()
export class EventFeedRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventFeedRunner.name);
  private byName?: Map<string, Consumer>;
  /** Consumers already woken by the transaction (one wake per consumer per transaction). */
  private readonly woken = new WeakMap<EntityManager, Set<string>>();

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly catalog: EventCatalog,
    private readonly jobs: JobQueue,
  ) {}

  /** Schedules each consumer's job. Touches no table: the CLI boots the app before it migrates. */
  async onApplicationBootstrap(): Promise<void> {
    for (const consumer of this.consumers().values()) {
      await this.jobs.every(consumerJobName(consumer.name), '* * * * *', () => this.drain(consumer.name), { coalesce: true });
    }
  }

  /** The names of the consumers this app runs. */
  list(): string[] {
    return [...this.consumers().keys()];
  }

  /** Queues a run of each consumer of `type` once the open transaction commits (nothing if it rolls back). */
  async wakeAfterCommit(type: string): Promise<void> {
    if (!this.jobs.enabled) return;
    const consumers = [...this.consumers().values()].filter((consumer) => consumer.typeNames.includes(type));
    if (!consumers.length) return;
    const manager = this.connection.manager;
    const woken = this.woken.get(manager) ?? new Set<string>();
    this.woken.set(manager, woken);
    for (const consumer of consumers) {
      if (woken.has(consumer.name)) continue;
      woken.add(consumer.name);
      await this.connection.afterCommit(() => this.jobs.runNow(consumerJobName(consumer.name)));
    }
  }

  /**
   * Hands the consumer its batches until it has caught up (or `maxBatches` ran: then another run is
   * queued, so one job never holds on for long). Never inside a transaction: each batch is its own.
   */
  async drain(name: string, maxBatches = 20): Promise<DrainResult> {
    if (this.connection.inTransaction) throw new Error('EventFeedRunner.drain opens its own transactions; call it outside one');
    const consumer = this.consumers().get(name);
    if (!consumer) throw new Error(`No event consumer named ${name}`);
    const result: DrainResult = { delivered: 0, caughtUp: false, busy: false, failed: false };
    for (let batch = 0; batch < maxBatches; batch++) {
      let outcome: Awaited<ReturnType<EventFeedRunner['runBatch']>>;
      try {
        outcome = await this.runBatch(consumer);
      } catch (error) {
        this.logger.error(`Event consumer ${name} (${consumer.owner}) failed; its batch will be handed over again: ${String(error)}`);
        await this.noteFailure(name, error);
        return { ...result, failed: true };
      }
      if (outcome === 'busy') return { ...result, busy: true };
      result.delivered += outcome.delivered;
      if (outcome.caughtUp) return { ...result, caughtUp: true };
    }
    await this.jobs.runNow(consumerJobName(name));
    return result;
  }

  private runBatch(consumer: Consumer): Promise<'busy' | { delivered: number; caughtUp: boolean }> {
    return this.connection.withTransaction(async () => {
      // An advisory lock assigns no transaction id, so a batch that only reads holds nobody's horizon back.
      const [{ locked }] = await this.connection.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked', [FEED_LOCK, consumer.name]);
      if (!locked) return 'busy';
      const from = await this.position(consumer);
      const rows = await this.connection.query<Partial<EventRecord> & { horizon: string }>(FEED_SQL, [
        String(from.transactionId),
        String(from.eventId),
        consumer.typeNames,
        consumer.batchSize,
      ]);
      const records = rows.filter((row): row is EventRecord & { horizon: string } => row.id != null);
      if (records.length) await consumer.handle(records.map(toRecordedEvent));
      const caughtUp = records.length < consumer.batchSize;
      const last = records.at(-1);
      let next: Position = last ? { transactionId: BigInt(last.transaction_id), eventId: BigInt(last.id) } : from;
      // Caught up: every event below the horizon is behind us, those of other types included.
      const horizon: Position = { transactionId: BigInt(rows[0].horizon), eventId: 0n };
      if (caughtUp && compare(horizon, next) > 0) next = horizon;
      if (compare(next, from) > 0 || from.failing) {
        await this.connection.query(
          `UPDATE event_consumer SET transaction_id = $2, event_id = $3, updated_at = now(), last_error = NULL, failing_since = NULL WHERE name = $1`,
          [consumer.name, String(next.transactionId), String(next.eventId)],
        );
      }
      return { delivered: records.length, caughtUp };
    });
  }

  /** The consumer's stored position; on its first run, created where its `startAt` says. */
  private async position(consumer: Consumer): Promise<Position & { failing: boolean }> {
    const read = () =>
      this.connection.query<{ transaction_id: string; event_id: string; failing: boolean }>(
        'SELECT transaction_id, event_id, last_error IS NOT NULL AS failing FROM event_consumer WHERE name = $1',
        [consumer.name],
      );
    let [row] = await read();
    if (!row) {
      const start = consumer.startAt === 'end' ? 'pg_snapshot_xmin(pg_current_snapshot())::text::bigint' : '0';
      await this.connection.query(`INSERT INTO event_consumer (name, transaction_id, event_id) VALUES ($1, ${start}, 0) ON CONFLICT (name) DO NOTHING`, [consumer.name]);
      [row] = await read();
    }
    return { transactionId: BigInt(row.transaction_id), eventId: BigInt(row.event_id), failing: row.failing };
  }

  private async noteFailure(name: string, error: unknown): Promise<void> {
    try {
      await this.connection.query(`UPDATE event_consumer SET last_error = $2, failing_since = coalesce(failing_since, now()) WHERE name = $1`, [
        name,
        String(error).slice(0, 1000),
      ]);
    } catch (noted) {
      this.logger.error(`Could not store the failure of event consumer ${name}: ${String(noted)}`);
    }
  }

  private consumers(): Map<string, Consumer> {
    if (this.byName) return this.byName;
    const byName = new Map<string, Consumer>();
    for (const found of discoverMethods<ConsumerOptions<readonly EventType[]>>(this.discovery, this.scanner, CONSUMES_EVENTS)) {
      const options = found.metadata;
      if (byName.has(options.name)) throw new Error(`Two event consumers are named ${options.name}: ${byName.get(options.name)!.owner} and ${found.owner}`);
      for (const type of options.types) {
        if (!this.catalog.has(type)) throw new Error(`${found.owner} consumes ${type.name}, which is not in the event catalog`);
      }
      byName.set(options.name, {
        name: options.name,
        owner: found.owner,
        typeNames: options.types.map((type) => type.name),
        batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
        startAt: options.startAt ?? 'beginning',
        handle: (events) => found.call(events),
      });
    }
    this.byName = byName;
    return byName;
  }
}

function compare(a: Position, b: Position): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  return a.eventId === b.eventId ? 0 : a.eventId < b.eventId ? -1 : 1;
}
