import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, encodeCursor, toConnection, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import type { Contribution } from '../contribution/contribution.entity';
import { ContributionPolicy } from '../contribution/contribution.policy';
import { ContributionService } from '../contribution/contribution.service';
import { Collection, CollectionItem } from './collection.entity';
import type { CreateCollectionInput, UpdateCollectionInput } from './dto/interactions.inputs';
import { CollectionEvents } from './interactions.events';
import { CollectionPolicy } from './interactions.policy';
import { DEFAULT_COLLECTION_NAME } from './interactions.types';
import { pageKey, pageParams, parsePageKey, type PageRequest } from './page-keys';

/**
 * Members' saved collections of contributions. Private unless made public. "Saved" is every member's
 * default, made on their first save that names no collection.
 */
@Injectable()
export class CollectionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly contributions: ContributionService,
    private readonly events: EventLog,
  ) {}

  /** The viewer's collections, "Saved" first, then by name. */
  mine(viewer: Viewer): Promise<Collection[]> {
    return this.connection
      .getRepository(Collection)
      .createQueryBuilder('c')
      .where('c.owner_id = :owner', { owner: viewer.accountId })
      .orderBy(`c.name = :saved`, 'DESC')
      .addOrderBy('c.name', 'ASC')
      .setParameter('saved', DEFAULT_COLLECTION_NAME)
      .getMany();
  }

  async get(viewer: Viewer | undefined, id: string): Promise<Collection> {
    return CollectionPolicy.authorize(viewer, 'read', await this.connection.getRepository(Collection).findOneBy({ id }), { field: 'id' });
  }

  async create(viewer: Viewer, input: CreateCollectionInput): Promise<Collection> {
    const collection = await this.insert(viewer.accountId, input.name, input.isPublic ?? false);
    if (!collection) throw new DomainError(ErrorCode.CONFLICT, 'You have a collection with this name already', 'name');
    return collection;
  }

  async update(viewer: Viewer, input: UpdateCollectionInput): Promise<Collection> {
    const collection = await this.lockOwn(viewer, input.id, 'id');
    if (input.name !== undefined && input.name !== null && input.name !== collection.name) {
      const taken = await this.connection.getRepository(Collection).existsBy({ ownerId: viewer.accountId, name: input.name });
      if (taken) throw new DomainError(ErrorCode.CONFLICT, 'You have a collection with this name already', 'name');
      collection.name = input.name;
    }
    if (input.isPublic !== undefined && input.isPublic !== null) collection.isPublic = input.isPublic;
    return this.connection.getRepository(Collection).save(collection);
  }

  /** Deletes one of the viewer's collections (what it held stays where it is). */
  async delete(viewer: Viewer, id: string): Promise<Collection> {
    const collection = await this.lockOwn(viewer, id, 'id');
    await this.connection.getRepository(Collection).delete({ id: collection.id });
    return collection;
  }

  /**
   * Saves a published contribution (`contribution.interact`) in one of the viewer's collections
   * (`collection.manage`), or in "Saved" when none is named. Saving twice changes nothing.
   */
  async save(viewer: Viewer, contributionId: string, collectionId?: string | null): Promise<Collection> {
    const contribution = await this.contributions.lockForInteraction(viewer, contributionId, 'contributionId');
    const collection = collectionId ? await this.lockOwn(viewer, collectionId, 'collectionId') : await this.defaultOf(viewer);
    const inserted = await this.connection
      .getRepository(CollectionItem)
      .createQueryBuilder()
      .insert()
      .values({ collectionId: collection.id, contributionId: contribution.id })
      .orIgnore()
      .returning('collection_id')
      .execute();
    if ((inserted.raw as unknown[]).length) {
      await this.events.record(CollectionEvents.item_saved, { actorId: viewer.accountId, subjectId: contribution.id, payload: { collectionId: collection.id } });
    }
    return collection;
  }

  async remove(viewer: Viewer, collectionId: string, contributionId: string): Promise<Collection> {
    const collection = await this.lockOwn(viewer, collectionId, 'collectionId');
    await this.connection.getRepository(CollectionItem).delete({ collectionId: collection.id, contributionId });
    return collection;
  }

  /** The viewer's "Saved", made if it is not there yet (a concurrent first save finds the other's). */
  private async defaultOf(viewer: Viewer): Promise<Collection> {
    return (
      (await this.insert(viewer.accountId, DEFAULT_COLLECTION_NAME, false)) ??
      (await this.connection.getRepository(Collection).findOneByOrFail({ ownerId: viewer.accountId, name: DEFAULT_COLLECTION_NAME }))
    );
  }

  /** A new collection, or null when the owner has one of that name. */
  private async insert(ownerId: string, name: string, isPublic: boolean): Promise<Collection | null> {
    const inserted = await this.connection.getRepository(Collection).createQueryBuilder().insert().values({ ownerId, name, isPublic }).orIgnore().returning('id').execute();
    const row = (inserted.raw as { id: string }[])[0];
    return row ? this.connection.getRepository(Collection).findOneByOrFail({ id: row.id }) : null;
  }

  private async lockOwn(viewer: Viewer, id: string, field: string): Promise<Collection> {
    const found = await this.connection.getRepository(Collection).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return CollectionPolicy.authorize(viewer, 'manage', found, { field });
  }

  /** How many contributions each collection of the page holds: one statement. */
  itemCount(loaders: RequestLoaders, collectionId: string): Promise<number> {
    return loaders
      .get<string, number>('community.collectionItemCounts', async (ids) => {
        const rows = await this.connection.query<{ id: string; n: number }>(
          `SELECT collection_id AS id, count(*)::int AS n FROM collection_item WHERE collection_id = ANY($1) GROUP BY collection_id`,
          [ids],
        );
        return ids.map((id) => rows.find((row) => row.id === id)?.n ?? 0);
      })
      .load(collectionId);
  }

  /**
   * A collection's contributions, last saved first, those the viewer may read only (a saved build its
   * author later removed drops out). Batched: the pages of every collection asked are one statement.
   */
  async items(loaders: RequestLoaders, viewer: Viewer | undefined, collectionId: string, first: number, after?: string | null): Promise<Connection<Contribution>> {
    const rows = await loaders
      .get<string, Contribution[]>('community.collectionPages', (keys) => this.itemPages(keys.map(parsePageKey)))
      .load(pageKey(collectionId, first, after));
    // The cursor is the last row read, visible or not, so the next page starts after it.
    const page = toConnection(rows, first, (c) => encodeCursor([c.id]));
    return { ...page, nodes: ContributionPolicy.filter(viewer, 'read', page.nodes) };
  }

  private async itemPages(pages: readonly PageRequest[]): Promise<Contribution[][]> {
    const rows = await this.connection.query<{ page: string; contribution_id: string }>(
      `SELECT k.page, i.contribution_id
         FROM unnest($1::uuid[], $2::int[], $3::uuid[]) WITH ORDINALITY AS k(owner_id, lim, after_id, page)
         CROSS JOIN LATERAL (
           SELECT i.contribution_id, i.saved_at
             FROM collection_item i
            WHERE i.collection_id = k.owner_id
              AND (k.after_id IS NULL OR (i.saved_at, i.contribution_id) < (SELECT a.saved_at, a.contribution_id FROM collection_item a WHERE a.collection_id = k.owner_id AND a.contribution_id = k.after_id))
            ORDER BY i.saved_at DESC, i.contribution_id DESC
            LIMIT k.lim
         ) i
        ORDER BY k.page, i.saved_at DESC, i.contribution_id DESC`,
      pageParams(pages),
    );
    const byId = new Map((await this.contributions.findByIds([...new Set(rows.map((r) => r.contribution_id))])).map((c) => [c.id, c]));
    const byPage = pages.map((): Contribution[] => []);
    for (const row of rows) byPage[Number(row.page) - 1].push(byId.get(row.contribution_id)!);
    return byPage;
  }

  /** Whether the viewer has it in any of their collections: one statement for a page of contributions. */
  async viewerSaved(loaders: RequestLoaders, viewer: Viewer | undefined, contributionId: string): Promise<boolean> {
    if (!viewer) return false;
    return loaders
      .get<string, boolean>('community.viewerSaved', async (ids) => {
        const rows = await this.connection.query<{ id: string }>(
          `SELECT DISTINCT i.contribution_id AS id FROM collection_item i JOIN collection c ON c.id = i.collection_id WHERE c.owner_id = $1 AND i.contribution_id = ANY($2)`,
          [viewer.accountId, ids],
        );
        const saved = new Set(rows.map((row) => row.id));
        return ids.map((id) => saved.has(id));
      })
      .load(contributionId);
  }
}
