import { Test } from '@nestjs/testing';
import { DatabaseModule, TransactionalConnection } from '@flagship/database';
import { createTestDatabase, type TestDatabase } from '@flagship/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { CreatePlatformEventLog1763900000300 } from '../migrations/1763900000300-create-platform-event-log';
import { EventLog } from './event-log.service';
import { EventsModule } from './events.module';
import { PlatformEvent } from './platform-event.entity';

describe('EventLog', () => {
  let database: TestDatabase;
  let app: INestApplicationContext;
  let connection: TransactionalConnection;
  let log: EventLog;

  beforeAll(async () => {
    const schema = { entities: [PlatformEvent], migrations: [CreatePlatformEventLog1763900000300] };
    database = await createTestDatabase(schema);
    const module = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url, ...schema }), EventsModule],
    }).compile();
    app = await module.init();
    connection = app.get(TransactionalConnection);
    log = app.get(EventLog);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const count = async () => Number((await connection.dataSource.query('SELECT count(*) AS n FROM platform_event'))[0].n);

  it('appends an event with its actor, subject, amount and payload', async () => {
    await log.record({
      type: 'order.placed',
      actorId: '3f1c2a70-7d7a-4d55-9b0e-8f8e3e6c1a01',
      subject: { type: 'order', id: 'o-1' },
      amount: { minor: 189_900, currency: 'EUR' },
      payload: { items: 2 },
    });
    const [row] = await connection.dataSource.query(`SELECT * FROM platform_event WHERE subject_id = 'o-1'`);
    expect(row).toMatchObject({ type: 'order.placed', subject_type: 'order', amount_minor: '189900', currency: 'EUR', payload: { items: 2 } });
  });

  it('commits or rolls back with the transaction it is recorded in', async () => {
    const before = await count();
    await expect(
      connection.withTransaction(async () => {
        await log.record({ type: 'review.posted', subject: { type: 'review', id: 'r-1' } });
        throw new Error('the change after the event failed');
      }),
    ).rejects.toThrow('the change after the event failed');
    expect(await count()).toBe(before);

    await connection.withTransaction(() => log.record({ type: 'review.posted', subject: { type: 'review', id: 'r-2' } }));
    expect(await count()).toBe(before + 1);
  });

  it('is append-only: the database refuses updates and deletes', async () => {
    await expect(connection.dataSource.query(`UPDATE platform_event SET type = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(connection.dataSource.query(`DELETE FROM platform_event`)).rejects.toThrow(/append-only/);
    await expect(connection.dataSource.query(`TRUNCATE platform_event`)).rejects.toThrow(/append-only/);
  });

  it('refuses an oversized payload', async () => {
    await expect(log.record({ type: 'x.happened', subject: { type: 'x', id: '1' }, payload: { blob: 'x'.repeat(5000) } })).rejects.toThrow(/payload/);
  });
});
