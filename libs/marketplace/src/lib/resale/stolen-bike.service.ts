import { Injectable } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { badInput, type Viewer } from '@flagship/api-core';
import { ProductService, ProductStatus } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { parse } from 'csv-parse/sync';
import { Listing, ListingStatus } from '../listings/listing.entity';
import { StolenBikeEvents, UsedItemEvents } from './resale.events';
import { StolenBikePolicy } from './resale.policy';
import { MAX_IMPORT_ROWS, StolenBikeSource } from './resale.types';
import { isPlausibleSerial, normaliseSerial } from './serial';
import { StolenBike } from './stolen-bike.entity';

@ObjectType({ description: 'A CSV row that was not imported, with its line number in the file.' })
export class StolenBikeImportProblem {
  @Field(() => Int)
  line!: number;

  @Field()
  message!: string;
}

@ObjectType({ description: 'What an import of stolen serials did.' })
export class StolenBikeImportResult {
  @Field(() => Int, { description: 'New serials on the list.' })
  added!: number;

  @Field(() => Int, { description: 'Serials already on the list (left as they were).' })
  duplicates!: number;

  @Field(() => Int, { description: 'Live used-item listings blocked because their serial is now on the list.' })
  blockedListings!: number;

  @Field(() => [StolenBikeImportProblem])
  problems!: StolenBikeImportProblem[];
}

/**
 * The stolen-bike list (decision 0042). Brand managers import serials as CSV (a `serial` column, any
 * others, e.g. `note`, optional); members report their own bikes. A serial added blocks any live
 * listing of it in the same transaction.
 */
@Injectable()
export class StolenBikeService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly products: ProductService,
    private readonly events: EventLog,
  ) {}

  async isStolen(serial: string): Promise<boolean> {
    return this.connection.getRepository(StolenBike).existsBy({ serial });
  }

  /** Parses and imports a CSV; bad rows are reported with their line numbers and skipped. */
  async import(viewer: Viewer, csv: string): Promise<StolenBikeImportResult> {
    StolenBikePolicy.authorize(viewer, 'manage', {});
    let records: { record: Record<string, string>; line: number }[];
    try {
      records = parse(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, info: true, relax_column_count: true }).map(
        (row: { record: Record<string, string>; info: { lines: number } }) => ({ record: row.record, line: row.info.lines }),
      );
    } catch (error) {
      throw badInput('csv', `The file is not valid CSV: ${(error as Error).message}`);
    }
    if (records.length > MAX_IMPORT_ROWS) throw badInput('csv', `Import at most ${MAX_IMPORT_ROWS.toLocaleString('en')} serials at a time`);
    if (records.length && !('serial' in records[0].record)) throw badInput('csv', 'The first line must name the columns, one of them `serial`');
    const problems: StolenBikeImportProblem[] = [];
    const serials = new Map<string, string | null>();
    for (const { record, line } of records) {
      const serial = normaliseSerial(record.serial ?? '');
      if (!serial) problems.push({ line, message: 'No serial' });
      else if (!isPlausibleSerial(serial)) problems.push({ line, message: `“${record.serial}” is not a frame serial (4 to 40 letters and digits)` });
      else if (serials.has(serial)) problems.push({ line, message: `${serial} appears twice in the file` });
      else serials.set(serial, record.note?.slice(0, 300) || null);
    }
    return this.connection.withTransaction(async () => {
      const added: { serial: string }[] = serials.size
        ? await this.connection.query(
            `INSERT INTO stolen_bike (serial, source, reported_by, note)
             SELECT s, 'IMPORT', $3, n FROM unnest($1::text[], $2::text[]) AS t(s, n)
             ON CONFLICT ON CONSTRAINT stolen_bike_serial_key DO NOTHING RETURNING serial`,
            [[...serials.keys()], [...serials.values()], viewer.accountId],
          )
        : [];
      const blocked = await this.blockListings(added.map((row) => row.serial), viewer.accountId);
      const result = { added: added.length, duplicates: serials.size - added.length, blockedListings: blocked, problems };
      await this.events.record(StolenBikeEvents.imported, {
        actorId: viewer.accountId,
        subjectId: viewer.accountId,
        payload: { added: result.added, duplicates: result.duplicates, rejected: problems.length, blockedListings: blocked },
      });
      return result;
    });
  }

  /** A member reports their own bike stolen: on the list at once, blocking any live listing of it. */
  async report(viewer: Viewer, rawSerial: string, note: string | null): Promise<StolenBike> {
    const serial = normaliseSerial(rawSerial);
    if (!isPlausibleSerial(serial)) throw badInput('serial', 'A frame serial has 4 to 40 letters and digits');
    return this.connection.withTransaction(async () => {
      const repository = this.connection.getRepository(StolenBike);
      const existing = await repository.findOneBy({ serial });
      if (existing) return existing;
      const saved = await repository.save(repository.create({ serial, source: StolenBikeSource.MEMBER_REPORT, reportedBy: viewer.accountId, note }));
      const blocked = await this.blockListings([serial], viewer.accountId);
      await this.events.record(StolenBikeEvents.reported, { actorId: viewer.accountId, subjectId: saved.id, payload: { blockedListings: blocked } });
      return saved;
    });
  }

  /** The list, newest first (brand managers). */
  list(viewer: Viewer, first: number): Promise<StolenBike[]> {
    StolenBikePolicy.authorize(viewer, 'manage', {});
    return this.connection.getRepository(StolenBike).find({ order: { createdAt: 'DESC', id: 'DESC' }, take: first });
  }

  /** Blocks unsold listings (pending or live) of these serials: listing BLOCKED, product unpublished. Returns how many. */
  private async blockListings(serials: string[], actorId: string): Promise<number> {
    if (!serials.length) return 0;
    const rows: { product_id: string; frame_serial: string }[] = await this.connection.query(
      `SELECT u.product_id, u.frame_serial FROM used_item u JOIN listing l ON l.product_id = u.product_id
        WHERE u.frame_serial = ANY($1) AND u.sold_at IS NULL AND l.status IN ('APPROVED', 'PENDING_REVIEW')
        ORDER BY u.product_id FOR UPDATE OF l`,
      [serials],
    );
    for (const row of rows) {
      await this.products.setOfferStatus(actorId, row.product_id, ProductStatus.DRAFT);
      await this.connection
        .getRepository(Listing)
        .update({ productId: row.product_id }, { status: ListingStatus.BLOCKED, reviewedAt: new Date(), reviewReason: 'Its frame serial is on the stolen-bike list' });
      await this.events.record(UsedItemEvents.blocked, { actorId, subjectId: row.product_id, payload: { serial: row.frame_serial } });
    }
    return rows.length;
  }
}
