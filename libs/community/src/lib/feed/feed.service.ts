import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, toConnection, unauthenticated, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionKind, ContributionStatus } from '../contribution/contribution.types';
import { FeedScope } from './feed.types';

export interface FeedPageRequest {
  scope: FeedScope;
  kind?: ContributionKind | null;
  tag?: string | null;
  first: number;
  after?: string | null;
}

/**
 * The community feed and members' contributions (decision 0034): published contributions only, a page
 * at a time with keyset cursors. A page is one statement; its authors, covers and badges are loaded by
 * the Contribution fields' DataLoaders, one statement each, so a page of 50 costs what a page of 5 does.
 */
@Injectable()
export class FeedService {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * LATEST and FOLLOWING are newest first; TRENDING by `hot_score` (kept by a trigger, see the
   * migration). The cursor is the last row's id: the next page starts below that row's sort key, read
   * in the same statement, so cursors stay short and a client cannot forge a position.
   */
  async page(viewer: Viewer | undefined, request: FeedPageRequest): Promise<Connection<Contribution>> {
    const afterId = request.after ? decodeCursor(request.after, ['uuid'])[0] : null;
    const sortColumn = request.scope === FeedScope.TRENDING ? 'hot_score' : 'published_at';
    const query = this.connection
      .getRepository(Contribution)
      .createQueryBuilder('c')
      .where('c.status = :published', { published: ContributionStatus.PUBLISHED })
      .orderBy(`c.${sortColumn}`, 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(request.first + 1);
    if (request.kind) query.andWhere('c.kind = :kind', { kind: request.kind });
    const tag = request.tag ? normaliseTag(request.tag) : '';
    if (tag) query.andWhere(':tag = ANY(c.tags)', { tag });
    if (request.scope === FeedScope.FOLLOWING) {
      if (!viewer) throw unauthenticated('Sign in to see what the members you follow share');
      query.andWhere(
        `(c.author_id IN (SELECT f.member_id FROM follow f WHERE f.follower_id = :viewerId AND f.member_id IS NOT NULL)
          OR c.id IN (SELECT f.contribution_id FROM follow f WHERE f.follower_id = :viewerId AND f.contribution_id IS NOT NULL))`,
        { viewerId: viewer.accountId },
      );
    }
    if (afterId) {
      query.andWhere(`(c.${sortColumn}, c.id) < (SELECT a.${sortColumn}, a.id FROM contribution a WHERE a.id = :afterId)`, { afterId });
    }
    const rows = await query.getMany();
    return toConnection(rows, request.first, (c) => encodeCursor([c.id]));
  }

  /**
   * A member's published contributions, newest first (their profile). Batched per request: the pages
   * of every member asked for are one statement (a LATERAL join per member) plus one for the rows.
   */
  async byAuthor(loaders: RequestLoaders, authorId: string, request: Omit<FeedPageRequest, 'scope' | 'tag'>): Promise<Connection<Contribution>> {
    const afterId = request.after ? decodeCursor(request.after, ['uuid'])[0] : '';
    const key = [authorId, request.kind ?? '', request.first + 1, afterId].join(' ');
    const rows = await loaders.get<string, Contribution[]>('community.feedByAuthor', (keys) => this.pagesByAuthor(keys)).load(key);
    return toConnection(rows, request.first, (c) => encodeCursor([c.id]));
  }

  private async pagesByAuthor(keys: readonly string[]): Promise<Contribution[][]> {
    const pages = keys.map((key) => {
      const [authorId, kind, limit, afterId] = key.split(' ');
      return { authorId, kind: kind || null, limit: Number(limit), afterId: afterId || null };
    });
    const ids = await this.connection.query<{ page: string; id: string }>(
      `SELECT k.page, c.id
         FROM unnest($1::uuid[], $2::contribution_kind[], $3::int[], $4::uuid[]) WITH ORDINALITY AS k(author_id, kind, lim, after_id, page)
         CROSS JOIN LATERAL (
           SELECT c.id, c.published_at
             FROM contribution c
            WHERE c.author_id = k.author_id AND c.status = 'PUBLISHED'
              AND (k.kind IS NULL OR c.kind = k.kind)
              AND (k.after_id IS NULL OR (c.published_at, c.id) < (SELECT a.published_at, a.id FROM contribution a WHERE a.id = k.after_id))
            ORDER BY c.published_at DESC, c.id DESC
            LIMIT k.lim
         ) c
        ORDER BY k.page, c.published_at DESC, c.id DESC`,
      [pages.map((p) => p.authorId), pages.map((p) => p.kind), pages.map((p) => p.limit), pages.map((p) => p.afterId)],
    );
    const rows = ids.length ? await this.connection.getRepository(Contribution).findBy({ id: In(ids.map((row) => row.id)) }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const byPage = pages.map((): Contribution[] => []);
    for (const row of ids) byPage[Number(row.page) - 1].push(byId.get(row.id)!);
    return byPage;
  }
}

/** A tag as stored (see normaliseTags): trimmed, lower-case, without "#". */
const normaliseTag = (tag: string) => tag.trim().replace(/^#+/, '').toLowerCase();
