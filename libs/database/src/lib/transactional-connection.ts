import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** The transaction open on a call chain, and what to do once it has committed. */
interface UnitOfWork {
  manager: EntityManager;
  afterCommit: (() => unknown)[];
}

/**
 * The one way to reach the database. Inside `withTransaction` every repository handed out belongs to
 * that transaction, so a change and everything recorded with it commit or roll back together.
 * The transaction is carried by AsyncLocalStorage: it follows the async call chain of one request and
 * is never shared between requests.
 */
@Injectable()
export class TransactionalConnection {
  private readonly current = new AsyncLocalStorage<UnitOfWork>();
  private readonly logger = new Logger(TransactionalConnection.name);

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.current.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * One SQL statement's rows. Inside a transaction it runs on the transaction's connection; outside,
   * straight on the pg pool, without TypeORM's query runner (a tenth of a catalog page's time went to
   * acquiring, wrapping and releasing query runners; decision 0007). For hot read paths; writes go
   * through repositories or `manager` in a transaction.
   */
  async query<Row extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> {
    const open = this.current.getStore();
    if (open) return open.manager.query(sql, params);
    // Still reported to the configured logger, as TypeORM would: the statement counter of the N+1
    // test and query logging see every statement.
    if (this.dataSource.options.logging) this.dataSource.logger.logQuery(sql, params);
    const result = await this.pool.query<Row>(sql, params);
    return result.rows;
  }

  private get pool(): Pool {
    return (this.dataSource.driver as PostgresDriver).master as Pool;
  }

  getRepository<Entity extends ObjectLiteral>(target: EntityTarget<Entity>): Repository<Entity> {
    return this.manager.getRepository(target);
  }

  /**
   * Runs `work` in a transaction, or joins the one already open on this call chain (no savepoint: a
   * database error inside aborts the whole transaction, so prefer `INSERT … ON CONFLICT` to catching).
   */
  async withTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open.manager);
    const unit: UnitOfWork = { manager: this.dataSource.manager, afterCommit: [] };
    const result = await this.dataSource.transaction((manager) => {
      unit.manager = manager;
      return this.current.run(unit, () => work(manager));
    });
    for (const effect of unit.afterCommit) {
      // The change is committed: a failed side effect is logged, it does not undo or fail the change.
      await Promise.resolve()
        .then(effect)
        .catch((error: unknown) => this.logger.error(`A side effect after commit failed: ${String(error)}`));
    }
    return result;
  }

  /**
   * Runs `effect` once the transaction open on this call chain has committed (never if it rolls back),
   * or at once outside a transaction. For effects outside the database that must not happen for a
   * change that is not kept, such as deleting a stored file.
   */
  async afterCommit(effect: () => unknown): Promise<void> {
    const open = this.current.getStore();
    if (open) open.afterCommit.push(effect);
    else await effect();
  }
}
