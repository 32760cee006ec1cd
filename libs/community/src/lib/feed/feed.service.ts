import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, setPrefetched, toConnection, unauthenticated, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { MemberService, type Member } from '@flagship/accounts';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionService } from '../contribution/contribution.service';
import { ContributionKind } from '../contribution/contribution.types';
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
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly members: MemberService,
    private readonly contributions: ContributionService,
  ) {}

  /**
   * LATEST and FOLLOWING are newest first; TRENDING by `hot_score` (kept by a trigger, see the
   * migration). The cursor is the last row's id: the next page starts below that row's sort key, read
   * in the same statement, so cursors stay short and a client cannot forge a position.
   */
  async page(viewer: Viewer | undefined, request: FeedPageRequest): Promise<Connection<Contribution>> {
    const afterId = request.after ? decodeCursor(request.after, ['uuid'])[0] : null;
    const sortColumn = request.scope === FeedScope.TRENDING ? 'hot_score' : 'published_at';
    const params: unknown[] = [request.first + 1];
    const where = [`c.status = 'PUBLISHED'`];
    if (request.kind) where.push(`c.kind = $${params.push(request.kind)}`);
    const tag = request.tag ? normaliseTag(request.tag) : '';
    if (tag) where.push(`$${params.push(tag)} = ANY(c.tags)`);
    if (request.scope === FeedScope.FOLLOWING) {
      if (!viewer) throw unauthenticated('Sign in to see what the members you follow share');
      const follower = `$${params.push(viewer.accountId)}`;
      where.push(`(c.author_id IN (SELECT f.member_id FROM follow f WHERE f.follower_id = ${follower} AND f.member_id IS NOT NULL)
        OR c.id IN (SELECT f.contribution_id FROM follow f WHERE f.follower_id = ${follower} AND f.contribution_id IS NOT NULL))`);
    }
    if (afterId) where.push(`(c.${sortColumn}, c.id) < (SELECT a.${sortColumn}, a.id FROM contribution a WHERE a.id = $${params.push(afterId)})`);
    // Plain SQL on the pool and one Object.assign per row: TypeORM's hydration was most of a page's
    // cost in the catalog (decision 0007), and a feed page is read far more often than written.
    const rows = await this.connection.query<ContributionRow>(
      `SELECT ${COLUMNS} FROM contribution c WHERE ${where.join(' AND ')} ORDER BY c.${sortColumn} DESC, c.id DESC LIMIT $1`,
      params,
    );
    return toConnection(rows.map(toContribution), request.first, (c) => encodeCursor([c.id]));
  }

  /**
   * Loads the page's selected `author` and `cover` with it and hands them to each contribution
   * (`setPrefetched`), so GraphQL reads them off the rows instead of calling a resolver per card (Nest's
   * per-call pipeline was the largest cost of a catalog page, decision 0007). Still one statement each,
   * through the same DataLoaders the resolvers use.
   */
  async withRelations(loaders: RequestLoaders, contributions: readonly Contribution[], selected: ReadonlySet<string>): Promise<void> {
    await Promise.all([
      selected.has('author') &&
        Promise.all(contributions.map(async (c) => setPrefetched(c, 'author', (await this.members.load(loaders, c.authorId)) ?? formerMember(c)))),
      selected.has('cover') && Promise.all(contributions.map(async (c) => setPrefetched(c, 'cover', (await this.contributions.photos(loaders, c.id))[0] ?? null))),
    ]);
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

/** What a card shows of someone whose account is gone (as ContributionResolver.author does). */
const formerMember = (c: Contribution): Member => ({ id: c.authorId, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt: c.createdAt });

const COLUMNS = `c.id, c.kind, c.author_id, c.title, c.body, c.tags, c.status, c.product_id, c.category_id, c.asks_advice,
  c.accepted_answer_id, c.first_answer_at, c.comment_count, c.reaction_count, c.support_count, c.removed_by_id, c.removed_at,
  c.removed_reason, c.published_at, c.created_at, c.updated_at`;

interface ContributionRow {
  id: string;
  kind: ContributionKind;
  author_id: string;
  title: string;
  body: string;
  tags: string[];
  status: Contribution['status'];
  product_id: string | null;
  category_id: string | null;
  asks_advice: boolean;
  accepted_answer_id: string | null;
  first_answer_at: Date | null;
  comment_count: number;
  reaction_count: number;
  support_count: number;
  removed_by_id: string | null;
  removed_at: Date | null;
  removed_reason: string | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const toContribution = (row: ContributionRow): Contribution =>
  Object.assign(new Contribution(), {
    id: row.id,
    kind: row.kind,
    authorId: row.author_id,
    title: row.title,
    body: row.body,
    tags: row.tags,
    status: row.status,
    productId: row.product_id,
    categoryId: row.category_id,
    asksAdvice: row.asks_advice,
    acceptedAnswerId: row.accepted_answer_id,
    firstAnswerAt: row.first_answer_at,
    commentCount: row.comment_count,
    reactionCount: row.reaction_count,
    supportCount: row.support_count,
    removedById: row.removed_by_id,
    removedAt: row.removed_at,
    removedReason: row.removed_reason,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
