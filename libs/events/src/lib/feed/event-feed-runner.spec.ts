import { jest } from '@jest/globals';
import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DatabaseModule, TransactionalConnection } from '@flagship/database';
import { JobQueue, JobsModule } from '@flagship/jobs';
import { createTestDatabase, type TestDatabase } from '@flagship/testing';
import pg from 'pg';
import { z } from 'zod';
import { CreatePlatformEventLog1763900000300 } from '../../migrations/1763900000300-create-platform-event-log';
import { EventFeedAndCatalog1764300000300 } from '../../migrations/1764300000300-event-feed-and-catalog';
import { EventCatalog } from '../catalog/event-catalog';
import { defineEvents, type RecordedEvent } from '../catalog/event-type';
import { EventsModule } from '../events.module';
import { EventLog } from '../log/event-log.service';
import { PlatformEvent } from '../log/platform-event.entity';
import { ConsumeEvents } from './consume-events.decorator';
import { EventConsumerPosition } from './event-consumer.entity';
import { EventFeedRunner, consumerJobName } from './event-feed-runner';

const FeedEvents = defineEvents('feed', {
  happened: { name: 'feed.happened', version: 1, recordedWhen: 'a test writes one', actor: 'tester', subject: 'thing', payload: { n: z.number().int() } },
  other: { name: 'feed.other', version: 1, recordedWhen: 'a test writes one nobody reads', actor: 'tester', subject: 'thing', payload: {} },
});
type Happened = RecordedEvent<typeof FeedEvents.happened>;

/**
 * Test consumers: each applies an event by inserting a row into `feed_applied`, through the
 * transaction the runner hands it (so the row and the position commit together). `before` lets a test
 * act while a batch is under way: fail it, block it, or have its connection killed.
 */
@Injectable()
class RecordingConsumers {
  before?: (event: Happened) => Promise<void>;

  constructor(private readonly connection: TransactionalConnection) {}

  @ConsumeEvents({ name: 'recorder', types: [FeedEvents.happened], batchSize: 5 })
  async recorder(events: Happened[]): Promise<void> {
    for (const event of events) {
      await this.before?.(event);
      await this.apply('recorder', event);
    }
  }

  @ConsumeEvents({ name: 'one-by-one', types: [FeedEvents.happened], batchSize: 1 })
  async oneByOne(events: Happened[]): Promise<void> {
    for (const event of events) await this.apply('one-by-one', event);
  }

  @ConsumeEvents({ name: 'latecomer', types: [FeedEvents.happened], startAt: 'end' })
  async latecomer(events: Happened[]): Promise<void> {
    for (const event of events) await this.apply('latecomer', event);
  }

  private async apply(consumer: string, event: Happened): Promise<void> {
    await this.connection.query('INSERT INTO feed_applied (consumer, event_id, subject_id) VALUES ($1, $2, $3)', [consumer, event.id, event.subjectId]);
  }
}

const schema = { entities: [PlatformEvent, EventConsumerPosition], migrations: [CreatePlatformEventLog1763900000300, EventFeedAndCatalog1764300000300] };
const catalog = new EventCatalog([FeedEvents]);

/** One API process: its own pool, the consumers, the runner. */
async function startProcess(url: string, jobs: { enabled: boolean; queue?: Partial<JobQueue> } = { enabled: false }): Promise<INestApplicationContext> {
  const builder = Test.createTestingModule({
    imports: [DatabaseModule.forRoot({ url, ...schema }), JobsModule.forRoot({ url, enabled: jobs.enabled }), EventsModule.forRoot({ catalog })],
    providers: [RecordingConsumers],
  });
  if (jobs.queue) builder.overrideProvider(JobQueue).useValue(jobs.queue);
  const module = await builder.compile();
  return module.init();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('EventFeedRunner', () => {
  let database: TestDatabase;
  let admin: pg.Client;
  let app: INestApplicationContext;
  const runner = () => app.get(EventFeedRunner);

  beforeAll(async () => {
    database = await createTestDatabase(schema);
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query('CREATE TABLE feed_applied (seq bigserial PRIMARY KEY, consumer text NOT NULL, event_id bigint NOT NULL, subject_id text NOT NULL)');
    app = await startProcess(database.url);
  });
  afterEach(async () => {
    // Whatever a test did, no consumer ever applied an event twice.
    const { rows } = await admin.query('SELECT consumer, event_id FROM feed_applied GROUP BY consumer, event_id HAVING count(*) > 1');
    expect(rows).toEqual([]);
  });
  afterAll(async () => {
    await app.close();
    await admin.end();
    await database.drop();
  });

  /** A writer on its own connection: its transactions are the test's to open, hold and end. */
  async function writer(): Promise<pg.Client & { write(subject: string, type?: string): Promise<void> }> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return Object.assign(client, {
      write: async (subject: string, type = 'feed.happened') => {
        await client.query(`INSERT INTO platform_event (type, version, subject_type, subject_id, payload) VALUES ($1, 1, 'thing', $2, '{"n": 1}')`, [type, subject]);
      },
    });
  }

  /** What a consumer has applied, in the order it applied it, limited to one test's subjects. */
  const applied = async (consumer: string, prefix: string): Promise<string[]> =>
    (await admin.query('SELECT subject_id FROM feed_applied WHERE consumer = $1 AND subject_id LIKE $2 ORDER BY seq', [consumer, `${prefix}%`])).rows.map((row) => row.subject_id);

  /**
   * Drains until the consumer has applied `count` of the test's events. The feed only hands out events
   * below the oldest transaction running on the whole server, and other test files share this server,
   * so a drain right after a commit may still find them behind someone else's open transaction.
   */
  async function drainUntil(consumer: string, prefix: string, count: number, process = app): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      await process.get(EventFeedRunner).drain(consumer);
      if ((await applied(consumer, prefix)).length >= count) return;
      await sleep(50);
    }
    throw new Error(`${consumer} never applied ${count} events of ${prefix}`);
  }

  it('hands events committed out of id order to a consumer once, in a stable order; a reader polling `id > cursor` loses one', async () => {
    const [early, late] = [await writer(), await writer()];
    // A plain id cursor over the same log, read at the same moments as the feed.
    const idReader = { cursor: '0', seen: [] as string[] };
    const readByIds = async () => {
      const { rows } = await admin.query(`SELECT id, subject_id FROM platform_event WHERE id > $1 AND subject_id LIKE 'order-%' ORDER BY id`, [idReader.cursor]);
      for (const row of rows) idReader.seen.push(row.subject_id);
      if (rows.length) idReader.cursor = rows.at(-1).id;
    };

    await early.query('BEGIN');
    await early.write('order-early'); // takes the lower event id, and keeps its transaction open
    await late.query('BEGIN');
    await late.write('order-late');
    await late.query('COMMIT');

    await readByIds();
    expect((await runner().drain('recorder')).caughtUp).toBe(true);
    // The later event is held back while an older transaction may still add events before it.
    expect(await applied('recorder', 'order-')).toEqual([]);

    await early.query('COMMIT');
    await readByIds();
    await drainUntil('recorder', 'order-', 2);

    expect(await applied('recorder', 'order-')).toEqual(['order-early', 'order-late']);
    // The id reader moved its cursor past the early event before it committed, and never sees it.
    expect(idReader.seen).toEqual(['order-late']);
    await Promise.all([early.end(), late.end()]);
  });

  it('orders by writing transaction, then id: every consumer reads the same sequence, whatever its batch size', async () => {
    const [first, second] = [await writer(), await writer()];
    await first.query('BEGIN');
    await first.query('SELECT pg_current_xact_id()'); // the older transaction id, no event yet
    await second.query('BEGIN');
    await second.write('seq-b1');
    await second.write('seq-b2');
    await second.query('COMMIT');
    await first.write('seq-a1'); // a higher event id than b1 and b2, from the older transaction
    await first.query('COMMIT');

    await drainUntil('recorder', 'seq-', 3);
    await drainUntil('one-by-one', 'seq-', 3);
    expect(await applied('recorder', 'seq-')).toEqual(['seq-a1', 'seq-b1', 'seq-b2']);
    expect(await applied('one-by-one', 'seq-')).toEqual(['seq-a1', 'seq-b1', 'seq-b2']);
    await Promise.all([first.end(), second.end()]);
  });

  it('hands a failed batch over again, whole: nothing applied twice, nothing skipped; the failure is kept until a batch succeeds', async () => {
    const client = await writer();
    await client.query('BEGIN');
    for (let i = 1; i <= 7; i++) await client.write(`fail-${i}`);
    await client.query('COMMIT');
    await client.end();
    await drainUntil('one-by-one', 'fail-', 7); // (the other consumer has them all by now)

    const consumers = app.get(RecordingConsumers);
    consumers.before = async (event) => {
      if (event.subjectId === 'fail-3') throw new Error('the consumer crashed on fail-3');
    };
    const result = await runner().drain('recorder');
    expect(result.failed).toBe(true);
    expect(await applied('recorder', 'fail-')).toEqual([]); // fail-1 and fail-2 were applied in the batch that failed
    const [{ last_error }] = (await admin.query(`SELECT last_error FROM event_consumer WHERE name = 'recorder'`)).rows;
    expect(last_error).toContain('crashed on fail-3');

    consumers.before = undefined;
    await drainUntil('recorder', 'fail-', 7);
    expect(await applied('recorder', 'fail-')).toEqual(['fail-1', 'fail-2', 'fail-3', 'fail-4', 'fail-5', 'fail-6', 'fail-7']);
    expect((await admin.query(`SELECT last_error, failing_since FROM event_consumer WHERE name = 'recorder'`)).rows).toEqual([{ last_error: null, failing_since: null }]);
  });

  it('applies nothing twice and skips nothing when a consumer is killed mid-batch and restarted', async () => {
    const client = await writer();
    await client.query('BEGIN');
    for (let i = 1; i <= 8; i++) await client.write(`kill-${i}`);
    await client.query('COMMIT');
    await client.end();

    // Mid-batch, after kill-1 and kill-2 are applied in the batch's transaction, its process dies: to
    // the database, its connection is gone mid-statement.
    const reached = deferred<number>();
    app.get(RecordingConsumers).before = async (event) => {
      if (event.subjectId !== 'kill-3') return;
      const [{ pid }] = await app.get(TransactionalConnection).query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      reached.resolve(pid);
      await app.get(TransactionalConnection).query('SELECT pg_sleep(60)');
    };
    // Drained until a batch gets there (another test file's open transaction may hold the events back).
    let draining = runner().drain('recorder');
    while ((await Promise.race([reached.promise.then(() => 'reached'), draining.then(() => 'drained')])) === 'drained') {
      await sleep(50);
      draining = runner().drain('recorder');
    }
    const pid = await reached.promise;
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    expect((await draining).failed).toBe(true);
    await app.close();
    expect(await applied('recorder', 'kill-')).toEqual([]);

    app = await startProcess(database.url); // the restart
    await drainUntil('recorder', 'kill-', 8);
    expect(await applied('recorder', 'kill-')).toEqual(['kill-1', 'kill-2', 'kill-3', 'kill-4', 'kill-5', 'kill-6', 'kill-7', 'kill-8']);
  });

  it('runs a consumer in one process at a time: another finds it busy and leaves it', async () => {
    const client = await writer();
    await client.write('busy-1');
    await client.end();
    const other = await startProcess(database.url);
    try {
      const reached = deferred();
      const release = deferred();
      app.get(RecordingConsumers).before = async (event) => {
        if (event.subjectId !== 'busy-1') return;
        reached.resolve();
        await release.promise;
      };
      const first = drainUntil('recorder', 'busy-', 1);
      await reached.promise;
      expect(await other.get(EventFeedRunner).drain('recorder')).toEqual({ delivered: 0, caughtUp: false, busy: true, failed: false });
      release.resolve();
      await first;
      app.get(RecordingConsumers).before = undefined;
      expect(await applied('recorder', 'busy-')).toEqual(['busy-1']);
    } finally {
      await other.close();
    }
  });

  it('delivers every committed event exactly once, in feed order, to two processes draining while writers commit, roll back and hold transactions open', async () => {
    const processes = [app, await startProcess(database.url)];
    const committed: string[] = [];
    let writing = true;
    const writers = Array.from({ length: 5 }, async (_, w) => {
      const client = await writer();
      for (let t = 0; t < 12; t++) {
        const subjects = Array.from({ length: 1 + ((w + t) % 3) }, (_, e) => `stress-${w}-${t}-${e}`);
        await client.query('BEGIN');
        for (const subject of subjects) {
          await client.write(subject);
          await sleep((w * 7 + t * 3) % 11); // transactions overlap, and finish out of id order
        }
        if ((w + t) % 5 === 0) await client.query('ROLLBACK');
        else {
          await client.query('COMMIT');
          committed.push(...subjects);
        }
      }
      await client.end();
    });
    const drainers = processes.map(async (process) => {
      while (writing) {
        await process.get(EventFeedRunner).drain('recorder');
        await sleep(5);
      }
    });
    await Promise.all(writers);
    writing = false;
    await Promise.all(drainers);
    await drainUntil('recorder', 'stress-', committed.length);
    await processes[1].close();

    expect((await applied('recorder', 'stress-')).sort()).toEqual([...committed].sort());
    // The order they were applied in is the feed's: (transaction id, id) strictly increasing.
    const { rows } = await admin.query(
      `SELECT e.transaction_id, e.id FROM feed_applied a JOIN platform_event e ON e.id = a.event_id WHERE a.consumer = 'recorder' ORDER BY a.seq`,
    );
    const positions = rows.map((row) => [BigInt(row.transaction_id), BigInt(row.id)] as const);
    for (let i = 1; i < positions.length; i++) {
      const [[tx0, id0], [tx1, id1]] = [positions[i - 1], positions[i]];
      expect(tx1 > tx0 || (tx1 === tx0 && id1 > id0)).toBe(true);
    }
  });

  it('moves a consumer past the types it does not read', async () => {
    const client = await writer();
    await client.write('skip-1', 'feed.other');
    await client.write('past-1');
    await client.end();
    await drainUntil('recorder', 'past-', 1);
    const [position] = (await admin.query(`SELECT transaction_id, event_id FROM event_consumer WHERE name = 'recorder'`)).rows;
    const [newest] = (await admin.query(`SELECT transaction_id, id FROM platform_event ORDER BY transaction_id DESC, id DESC LIMIT 1`)).rows;
    expect(newest).toMatchObject({ id: expect.any(String) });
    // At the horizon, past everything below it (skip-1 included), not just past the last event it read.
    expect(BigInt(position.transaction_id)).toBeGreaterThan(BigInt(newest.transaction_id));
  });
});

describe('EventFeedRunner on pg-boss', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(schema);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query('CREATE TABLE feed_applied (seq bigserial PRIMARY KEY, consumer text NOT NULL, event_id bigint NOT NULL, subject_id text NOT NULL)');
    await admin.end();
  });
  afterAll(() => database.drop());

  it('starts a new consumer at the beginning of the log, or at its end when it says so', async () => {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const {
      rows: [before],
    } = await admin.query(`INSERT INTO platform_event (type, version, subject_type, subject_id, payload) VALUES ('feed.happened', 1, 'thing', 'start-before', '{"n": 1}') RETURNING transaction_id`);
    // Until no older transaction runs on the server (other test files share it), start-before is not yet behind the horizon.
    while (!(await admin.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint > $1 AS behind', [before.transaction_id])).rows[0].behind) await sleep(20);
    const app = await startProcess(database.url);
    try {
      // Its first run sets where it starts: the horizon then.
      await app.get(EventFeedRunner).drain('latecomer');
      await app.get(EventLog).record(FeedEvents.happened, { actorId: null, subjectId: 'start-after', payload: { n: 2 } });
      const read = async (consumer: string) =>
        (await admin.query(`SELECT subject_id FROM feed_applied WHERE consumer = $1 AND subject_id LIKE 'start-%' ORDER BY seq`, [consumer])).rows.map((row) => row.subject_id);
      for (let attempt = 0; attempt < 200 && ((await read('recorder')).length < 2 || (await read('latecomer')).length < 1); attempt++) {
        await app.get(EventFeedRunner).drain('recorder');
        await app.get(EventFeedRunner).drain('latecomer');
        await sleep(50);
      }
      expect(await read('recorder')).toEqual(['start-before', 'start-after']);
      expect(await read('latecomer')).toEqual(['start-after']);
    } finally {
      await app.close();
      await admin.end();
    }
  });

  it('schedules one job per consumer, and wakes a consumer once per committed transaction that recorded its types, never for one rolled back', async () => {
    const queue = { enabled: true, every: jest.fn(async () => undefined), runNow: jest.fn(async () => 'job') };
    const app = await startProcess(database.url, { enabled: false, queue });
    try {
      expect(queue.every.mock.calls.map((call: unknown[]) => [call[0], call[1], call[3]])).toEqual(
        ['recorder', 'one-by-one', 'latecomer'].map((name) => [consumerJobName(name), '* * * * *', { coalesce: true }]),
      );
      const [log, connection] = [app.get(EventLog), app.get(TransactionalConnection)];
      await expect(
        connection.withTransaction(async () => {
          await log.record(FeedEvents.happened, { actorId: null, subjectId: 'wake-0', payload: { n: 0 } });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await connection.withTransaction(() => log.record(FeedEvents.other, { actorId: null, subjectId: 'wake-x' }));
      expect(queue.runNow).not.toHaveBeenCalled();

      await connection.withTransaction(async () => {
        for (let n = 1; n <= 3; n++) await log.record(FeedEvents.happened, { actorId: null, subjectId: `wake-${n}`, payload: { n } });
        expect(queue.runNow).not.toHaveBeenCalled(); // not before the commit
      });
      expect(queue.runNow.mock.calls.map((call: unknown[]) => call[0]).sort()).toEqual(['latecomer', 'one-by-one', 'recorder'].map(consumerJobName).sort());
    } finally {
      await app.close();
    }
  });

  it('runs the consumers on pg-boss after a commit, with nobody calling drain', async () => {
    const app = await startProcess(database.url, { enabled: true });
    try {
      await app.get(EventLog).record(FeedEvents.happened, { actorId: null, subjectId: 'boss-1', payload: { n: 1 } });
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      let rows: { subject_id: string }[] = [];
      for (let attempt = 0; attempt < 100 && !rows.length; attempt++) {
        await sleep(100);
        ({ rows } = await admin.query(`SELECT subject_id FROM feed_applied WHERE consumer = 'recorder' AND subject_id = 'boss-1'`));
      }
      await admin.end();
      expect(rows).toEqual([{ subject_id: 'boss-1' }]);
    } finally {
      await app.close();
    }
  });
});
