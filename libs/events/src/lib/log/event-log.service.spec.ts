import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DatabaseModule, TransactionalConnection } from '@flagship/database';
import { JobsModule } from '@flagship/jobs';
import { createTestDatabase, type TestDatabase } from '@flagship/testing';
import { z } from 'zod';
import { CreatePlatformEventLog1763900000300 } from '../../migrations/1763900000300-create-platform-event-log';
import { EventFeedAndCatalog1764300000300 } from '../../migrations/1764300000300-event-feed-and-catalog';
import { EventCatalog } from '../catalog/event-catalog';
import { defineEvents, type RecordedEvent } from '../catalog/event-type';
import { EventsModule } from '../events.module';
import { EventConsumerPosition } from '../feed/event-consumer.entity';
import { ReactTo } from '../reactions/react-to.decorator';
import { EventReactions } from '../reactions/event-reactions';
import { EventBackfill } from './event-backfill.service';
import { EventLog } from './event-log.service';
import { InvalidEventError } from './event-rows';
import { PlatformEvent } from './platform-event.entity';

const ShopEvents = defineEvents('shop', {
  sold: {
    name: 'shop.sold',
    version: 2,
    recordedWhen: 'something is sold',
    actor: 'buyer',
    subject: 'sale',
    amount: 'price',
    payload: { items: z.number().int().positive(), note: z.string().optional() },
  },
  noted: { name: 'shop.noted', version: 1, recordedWhen: 'a note is taken', actor: 'anyone', subject: 'note', payload: {} },
  mirrored: { name: 'shop.mirrored', version: 1, recordedWhen: 'a reaction mirrors a sale', actor: 'platform', subject: 'sale', payload: { items: z.number().int() } },
});
// Declared like the others but left out of the catalog.
const StrayEvents = defineEvents('stray', { lost: { name: 'stray.lost', version: 1, recordedWhen: 'never', actor: 'nobody', subject: 'x', payload: {} } });

const ACCOUNT = '3f1c2a70-7d7a-4d55-9b0e-8f8e3e6c1a01';

/** Reacts to a sale in the recording transaction: records a second event, or fails when told to. */
@Injectable()
class SaleMirror {
  failNext = false;
  seen: RecordedEvent<typeof ShopEvents.sold>[] = [];

  constructor(private readonly log: EventLog) {}

  @ReactTo(ShopEvents.sold)
  async mirror(event: RecordedEvent<typeof ShopEvents.sold>): Promise<void> {
    this.seen.push(event);
    await this.log.record(ShopEvents.mirrored, { actorId: null, subjectId: event.subjectId, payload: { items: event.payload.items } });
    if (this.failNext) {
      this.failNext = false;
      throw new Error('the reaction failed');
    }
  }
}

describe('EventLog', () => {
  let database: TestDatabase;
  let app: INestApplicationContext;
  let connection: TransactionalConnection;
  let log: EventLog;
  let mirror: SaleMirror;

  beforeAll(async () => {
    const schema = { entities: [PlatformEvent, EventConsumerPosition], migrations: [CreatePlatformEventLog1763900000300, EventFeedAndCatalog1764300000300] };
    database = await createTestDatabase(schema);
    const module = await Test.createTestingModule({
      imports: [
        DatabaseModule.forRoot({ url: database.url, ...schema }),
        JobsModule.forRoot({ url: database.url, enabled: false }),
        EventsModule.forRoot({ catalog: new EventCatalog([ShopEvents]) }),
      ],
      providers: [SaleMirror],
    }).compile();
    app = await module.init();
    connection = app.get(TransactionalConnection);
    log = app.get(EventLog);
    mirror = app.get(SaleMirror);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const count = async (type?: string) =>
    Number((await connection.dataSource.query('SELECT count(*) AS n FROM platform_event WHERE $1::text IS NULL OR type = $1', [type ?? null]))[0].n);

  it('appends an event with its version, actor, subject, amount, payload and the writing transaction', async () => {
    const { recorded, transactionId } = await connection.withTransaction(async () => ({
      recorded: await log.record(ShopEvents.sold, { actorId: ACCOUNT, subjectId: 's-1', amount: { minor: 189_900, currency: 'EUR' }, payload: { items: 2 } }),
      transactionId: (await connection.query<{ id: string }>('SELECT pg_current_xact_id()::text AS id'))[0].id,
    }));
    expect(recorded).toMatchObject({ type: 'shop.sold', version: 2, subjectType: 'sale', amount: { minor: 189_900, currency: 'EUR' }, payload: { items: 2 }, backfilled: false });
    const [row] = await connection.dataSource.query(`SELECT * FROM platform_event WHERE subject_id = 's-1' AND type = 'shop.sold'`);
    expect(row).toMatchObject({ version: 2, actor_id: ACCOUNT, subject_type: 'sale', amount_minor: '189900', currency: 'EUR', payload: { items: 2 }, transaction_id: transactionId });
  });

  it('commits or rolls back with the transaction it is recorded in', async () => {
    const before = await count();
    await expect(
      connection.withTransaction(async () => {
        await log.record(ShopEvents.noted, { actorId: null, subjectId: 'n-1' });
        throw new Error('the change after the event failed');
      }),
    ).rejects.toThrow('the change after the event failed');
    expect(await count()).toBe(before);

    await connection.withTransaction(() => log.record(ShopEvents.noted, { actorId: null, subjectId: 'n-2' }));
    expect(await count()).toBe(before + 1);
  });

  it('is append-only: the database refuses updates and deletes', async () => {
    await expect(connection.dataSource.query(`UPDATE platform_event SET type = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(connection.dataSource.query(`DELETE FROM platform_event`)).rejects.toThrow(/append-only/);
    await expect(connection.dataSource.query(`TRUNCATE platform_event`)).rejects.toThrow(/append-only/);
  });

  describe('refuses an event that does not match its declaration, and writes nothing', () => {
    const sale = { actorId: ACCOUNT, subjectId: 's-2', amount: { minor: 100, currency: 'EUR' } };
    it.each([
      ['a payload field of the wrong type', ShopEvents.sold, { ...sale, payload: { items: 'two' } }, /expected number, received string\s+→ at items/],
      ['a missing payload field', ShopEvents.sold, { ...sale, payload: {} }, /expected number, received undefined\s+→ at items/],
      ['a field the schema does not know', ShopEvents.sold, { ...sale, payload: { items: 1, colour: 'red' } }, /Unrecognized key: "colour"/],
      ['a value the schema excludes', ShopEvents.sold, { ...sale, payload: { items: 0 } }, /Too small[^\n]*\s+→ at items/],
      ['an oversized payload', ShopEvents.sold, { ...sale, payload: { items: 1, note: 'x'.repeat(5000) } }, /over 4096 bytes/],
      ['a missing amount', ShopEvents.sold, { actorId: null, subjectId: 's-2', payload: { items: 1 } }, /carries an amount/],
      ['an amount on a type without one', ShopEvents.noted, { actorId: null, subjectId: 'n-3', amount: { minor: 1, currency: 'EUR' } }, /carries no amount/],
      ['an amount in a made-up currency', ShopEvents.sold, { ...sale, amount: { minor: 1, currency: 'euro' }, payload: { items: 1 } }, /ISO 4217/],
      ['an actor that is not an account id', ShopEvents.noted, { actorId: 'someone', subjectId: 'n-3' }, /actorId/],
      ['a type the catalog does not hold', StrayEvents.lost, { actorId: null, subjectId: 'x-1' }, /not in the event catalog/],
    ])('%s', async (_case, type, event, message) => {
      const before = await count();
      const attempt = connection.withTransaction(() => log.record(type as typeof ShopEvents.noted, event as never));
      await expect(attempt).rejects.toThrow(InvalidEventError);
      await expect(attempt).rejects.toThrow(message);
      expect(await count()).toBe(before);
    });

    it('at compile time too (the payload type is inferred from the schema)', () => {
      // Never run: these lines only have to fail the type-check (npm run typecheck).
      const typeErrors = () => [
        // @ts-expect-error items must be a number
        log.record(ShopEvents.sold, { ...sale, payload: { items: 'two' } }),
        // @ts-expect-error the payload is required when it has required fields
        log.record(ShopEvents.sold, sale),
        // @ts-expect-error the amount is required for a type that carries one
        log.record(ShopEvents.sold, { actorId: null, subjectId: 's', payload: { items: 1 } }),
        // @ts-expect-error unknown payload field
        log.record(ShopEvents.noted, { actorId: null, subjectId: 'n', payload: { colour: 'red' } }),
      ];
      expect(typeof typeErrors).toBe('function');
    });
  });

  describe('backfill', () => {
    const lastYear = new Date('2025-03-01T10:00:00Z');

    it('records an event with a past occurred_at, marked as backfilled, and runs no reactions', async () => {
      const seen = mirror.seen.length;
      const recorded = await app.get(EventBackfill).record(ShopEvents.sold, { actorId: ACCOUNT, subjectId: 'old-1', amount: { minor: 5, currency: 'EUR' }, payload: { items: 1 } }, lastYear);
      expect(recorded).toMatchObject({ occurredAt: lastYear, backfilled: true });
      const rows = await connection.dataSource.query(`SELECT occurred_at, backfilled FROM platform_event WHERE subject_id = 'old-1'`);
      expect(rows).toEqual([{ occurred_at: lastYear, backfilled: true }]);
      expect(mirror.seen.length).toBe(seen);
    });

    it('checks the payload like record does', async () => {
      await expect(app.get(EventBackfill).record(ShopEvents.noted, { actorId: null, subjectId: 'old-2', payload: { extra: 1 } as never }, lastYear)).rejects.toThrow(InvalidEventError);
    });

    it('is the only way to a past occurred_at: the database refuses one on an ordinary insert, and a future one on a backfill', async () => {
      const insert = (occurredAt: string, backfilled: boolean) =>
        connection.dataSource.query(`INSERT INTO platform_event (type, version, subject_type, subject_id, occurred_at, backfilled) VALUES ('shop.noted', 1, 'note', 'raw', $1, $2)`, [
          occurredAt,
          backfilled,
        ]);
      await expect(insert('2025-03-01T10:00:00Z', false)).rejects.toThrow(/only a backfill/);
      await expect(insert('2999-01-01T00:00:00Z', true)).rejects.toThrow(/cannot have happened after it was recorded/);
      expect(await connection.dataSource.query(`SELECT 1 FROM platform_event WHERE subject_id = 'raw'`)).toEqual([]);
    });

    it('cannot set the transaction id an event is read in', async () => {
      await connection.dataSource.query(`INSERT INTO platform_event (type, version, subject_type, subject_id, transaction_id) VALUES ('shop.noted', 1, 'note', 'forged', 1)`);
      const [{ transaction_id }] = await connection.dataSource.query(`SELECT transaction_id FROM platform_event WHERE subject_id = 'forged'`);
      expect(BigInt(transaction_id)).toBeGreaterThan(1n);
    });
  });

  describe('reactions', () => {
    it('run in the recording transaction, with the typed event', async () => {
      await connection.withTransaction(() => log.record(ShopEvents.sold, { actorId: ACCOUNT, subjectId: 's-3', amount: { minor: 1, currency: 'EUR' }, payload: { items: 3 } }));
      expect(mirror.seen.at(-1)).toMatchObject({ type: 'shop.sold', subjectId: 's-3', payload: { items: 3 } });
      const rows = await connection.dataSource.query(`SELECT type, transaction_id FROM platform_event WHERE subject_id = 's-3' ORDER BY id`);
      expect(rows.map((row: { type: string }) => row.type)).toEqual(['shop.sold', 'shop.mirrored']);
      expect(rows[0].transaction_id).toBe(rows[1].transaction_id);
    });

    it('roll back with the change, and a failing reaction undoes the change it reacted to', async () => {
      await expect(
        connection.withTransaction(async () => {
          await log.record(ShopEvents.sold, { actorId: ACCOUNT, subjectId: 's-4', amount: { minor: 1, currency: 'EUR' }, payload: { items: 1 } });
          throw new Error('the change failed after its event');
        }),
      ).rejects.toThrow('the change failed');
      mirror.failNext = true;
      await expect(log.record(ShopEvents.sold, { actorId: ACCOUNT, subjectId: 's-5', amount: { minor: 1, currency: 'EUR' }, payload: { items: 1 } })).rejects.toThrow(
        'the reaction failed',
      );
      expect(await connection.dataSource.query(`SELECT type FROM platform_event WHERE subject_id IN ('s-4', 's-5')`)).toEqual([]);
    });

    it('are listed by the type they react to', () => {
      expect(app.get(EventReactions).list()).toEqual([['shop.sold', 'SaleMirror.mirror']]);
    });
  });
});
