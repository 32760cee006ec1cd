import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, badInput, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { JobQueue } from '@flagship/jobs';
import { MAX_GPX_BYTES } from './gpx';
import { processGpx } from './process-gpx';
import { RouteImport, RouteImportStatus } from './route-import.entity';
import { RouteImportPolicy } from './route.policy';
import { RouteImportView } from './route.types';

export const PARSE_GPX_JOB = 'community-parse-gpx';
/** Files up to this size are read during the upload; larger ones by the background job. */
export const IN_REQUEST_MAX_BYTES = 1024 * 1024;

/**
 * Uploaded GPX files on their way to becoming routes (decision 0030). A small file is read at once; a
 * large one (up to MAX_GPX_BYTES) is kept and read by a pg-boss job, which writes its progress for the
 * uploader's progress bar: the upload answers at once whatever the file's size.
 */
@Injectable()
export class RouteImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RouteImportService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Every minute as a safety net (a process that stopped mid-queue); uploads also ask for a run at once.
    await this.jobs.every(PARSE_GPX_JOB, '* * * * *', () => this.runQueued(), { coalesce: true });
  }

  /** Keeps an upload and reads it now (small) or queues it (large). */
  async receive(viewer: Viewer, fileName: string, file: Buffer | undefined): Promise<RouteImportView> {
    if (!file || file.length === 0) throw badInput('file', 'Choose a GPX file to upload');
    if (file.length > MAX_GPX_BYTES) throw badInput('file', `GPX files can be up to ${MAX_GPX_BYTES / 1024 / 1024} MB`);
    const repository = this.connection.getRepository(RouteImport);
    const base = { ownerId: viewer.accountId, fileName: fileName.slice(0, 200) || 'route.gpx', byteSize: file.length, error: null };
    if (file.length <= IN_REQUEST_MAX_BYTES) {
      const result = await processGpx(file);
      const saved = await repository.save(Object.assign(new RouteImport(), { ...base, status: RouteImportStatus.DONE, progress: 100, file: null, result }));
      return this.view(viewer, saved.id);
    }
    const saved = await repository.save(Object.assign(new RouteImport(), { ...base, status: RouteImportStatus.QUEUED, progress: 0, file, result: null }));
    await this.jobs.runNow(PARSE_GPX_JOB);
    return this.view(viewer, saved.id);
  }

  /** The job: reads every queued file, one at a time, each claimed so two workers never share one. */
  async runQueued(): Promise<number> {
    let done = 0;
    for (;;) {
      const claimed: { id: string }[] = await this.connection.manager.query(
        // In a CTE, so the driver answers rows (an UPDATE … RETURNING answers [rows, count]).
        `WITH claimed AS (
           UPDATE route_import SET status = 'PARSING', progress = 5, updated_at = now()
           WHERE id = (SELECT id FROM route_import WHERE status = 'QUEUED' ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
           RETURNING id)
         SELECT id FROM claimed`,
      );
      const id = claimed[0]?.id;
      if (!id) return done;
      await this.parse(id);
      done++;
    }
  }

  private async parse(id: string): Promise<void> {
    const repository = this.connection.getRepository(RouteImport);
    const [{ file }] = await this.connection.manager.query(`SELECT file FROM route_import WHERE id = $1`, [id]);
    const setProgress = async (progress: number) => {
      await repository.update({ id }, { progress });
      // Lets the process answer other requests between the engine's steps.
      await new Promise((resolve) => setImmediate(resolve));
    };
    try {
      await setProgress(10);
      const result = await processGpx(file as Buffer, setProgress);
      await repository.update({ id }, { status: RouteImportStatus.DONE, progress: 100, result, file: null });
    } catch (error) {
      const message = error instanceof DomainError ? error.message : 'This file could not be read as GPX';
      if (!(error instanceof DomainError)) this.logger.error(`GPX import ${id} failed: ${String(error)}`);
      await repository.update({ id }, { status: RouteImportStatus.FAILED, error: message, file: null });
    }
  }

  /** The viewer's own import (NOT_FOUND on `field` otherwise), without its file or track. */
  async view(viewer: Viewer, id: string, field = 'id'): Promise<RouteImportView> {
    const rows: Record<string, unknown>[] = await this.connection.manager.query(
      `SELECT id, owner_id AS "ownerId", status, progress, error, file_name AS "fileName", result->>'name' AS name,
              (result->>'distanceM')::float8 AS "distanceM", (result->>'elevationGainM')::float8 AS "elevationGainM",
              (result->>'pointCount')::int AS "pointCount"
       FROM route_import WHERE id = $1`,
      [id],
    );
    const row = RouteImportPolicy.authorize(viewer, 'use', (rows[0] as unknown as RouteImportView & { ownerId: string }) ?? null, { field });
    return Object.assign(new RouteImportView(), row);
  }

  /** The viewer's DONE import, locked and with what was read, for createRoute (which deletes it). */
  async takeDone(viewer: Viewer, id: string) {
    const found = await this.connection
      .getRepository(RouteImport)
      .createQueryBuilder('i')
      .addSelect('i.result')
      .where('i.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    const upload = RouteImportPolicy.authorize(viewer, 'use', found ?? null, { field: 'importId' });
    if (upload.status === RouteImportStatus.FAILED) throw badInput('importId', upload.error ?? 'This file could not be read as GPX');
    if (upload.status !== RouteImportStatus.DONE || !upload.result) throw badInput('importId', 'The file is still being read; try again in a moment');
    await this.connection.getRepository(RouteImport).delete({ id });
    return upload.result;
  }
}
