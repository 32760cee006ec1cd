import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';

/**
 * The one way to reach the database. Inside `withTransaction` every repository handed out belongs to
 * that transaction, so a change and everything recorded with it commit or roll back together.
 * The transaction is carried by AsyncLocalStorage: it follows the async call chain of one request and
 * is never shared between requests.
 */
@Injectable()
export class TransactionalConnection {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  getRepository<Entity extends ObjectLiteral>(target: EntityTarget<Entity>): Repository<Entity> {
    return this.manager.getRepository(target);
  }

  /**
   * Runs `work` in a transaction, or joins the one already open on this call chain (no savepoint: a
   * database error inside aborts the whole transaction, so prefer `INSERT … ON CONFLICT` to catching).
   */
  withTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open);
    return this.dataSource.transaction((manager) => this.current.run(manager, () => work(manager)));
  }
}
