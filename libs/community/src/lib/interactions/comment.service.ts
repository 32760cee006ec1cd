import { Injectable } from '@nestjs/common';
import { badInput, encodeCursor, groupByKey, toConnection, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { In } from 'typeorm';
import { ContributionService } from '../contribution/contribution.service';
import { Comment } from './comment.entity';
import type { EditCommentInput, PostCommentInput } from './dto/interactions.inputs';
import { CommentEvents } from './interactions.events';
import { CommentPolicy } from './interactions.policy';
import { CommentStatus } from './interactions.types';
import { pageKey, pageParams, parsePageKey, type PageRequest } from './page-keys';

/**
 * Comments on contributions, one level of replies deep. The contribution's `commentCount` counts the
 * visible comments and replies, kept in the same transaction as the change.
 */
@Injectable()
export class CommentService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly contributions: ContributionService,
    private readonly events: EventLog,
  ) {}

  /**
   * Posts the viewer's comment on a published contribution (`contribution.interact`), or a reply. A
   * reply to a reply joins the thread of its top-level comment, so threads stay one level deep.
   */
  async post(viewer: Viewer, input: PostCommentInput): Promise<Comment> {
    const contribution = await this.contributions.lockForInteraction(viewer, input.contributionId, 'contributionId');
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await this.connection.getRepository(Comment).findOneBy({ id: input.parentId, contributionId: contribution.id });
      if (!parent) throw badInput('parentId', 'There is no such comment on this contribution');
      if (parent.status !== CommentStatus.VISIBLE) throw badInput('parentId', 'This comment was removed; reply to the thread instead');
      parentId = parent.parentId ?? parent.id;
    }
    const comment = await this.connection.getRepository(Comment).save(
      Object.assign(new Comment(), { contributionId: contribution.id, authorId: viewer.accountId, parentId, source: input.body, status: CommentStatus.VISIBLE, editedAt: null }),
    );
    await this.contributions.adjustCount(contribution.id, 'commentCount', 1);
    await this.events.record(CommentEvents.posted, { actorId: viewer.accountId, subjectId: comment.id, payload: parentId ? { contributionId: contribution.id, parentId } : { contributionId: contribution.id } });
    return comment;
  }

  /** Changes the text of the viewer's own comment (`comment.update`); a removed one stays removed. */
  async edit(viewer: Viewer, input: EditCommentInput): Promise<Comment> {
    const comment = await this.lockOwn(viewer, input.id);
    if (comment.status !== CommentStatus.VISIBLE) throw badInput('id', 'This comment was removed and cannot be changed');
    comment.source = input.body;
    comment.editedAt = new Date();
    return this.connection.getRepository(Comment).save(comment);
  }

  /**
   * Deletes the viewer's own comment. Its row stays, emptied and REMOVED (who, when, why), so the
   * replies under a top-level comment keep their thread; a removed comment without visible replies
   * is not listed.
   */
  async delete(viewer: Viewer, id: string): Promise<Comment> {
    const comment = await this.lockOwn(viewer, id);
    if (comment.status === CommentStatus.REMOVED) return comment;
    Object.assign(comment, { status: CommentStatus.REMOVED, source: '', removedById: viewer.accountId, removedAt: new Date(), removedReason: 'Deleted by its author' });
    await this.connection.getRepository(Comment).save(comment);
    await this.contributions.adjustCount(comment.contributionId, 'commentCount', -1);
    return comment;
  }

  private async lockOwn(viewer: Viewer, id: string): Promise<Comment> {
    const found = await this.connection.getRepository(Comment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return CommentPolicy.authorize(viewer, 'update', found, { field: 'id' });
  }

  /**
   * A contribution's top-level comments, oldest first (a conversation reads down), each page after the
   * comment in `after`. Batched per request: the threads of every contribution on a page are one
   * statement (a LATERAL join per contribution), their replies one more (`replies`).
   */
  async thread(loaders: RequestLoaders, contributionId: string, first: number, after?: string | null): Promise<Connection<Comment>> {
    const rows = await loaders.get<string, Comment[]>('community.commentPages', (keys) => this.topLevelPages(keys.map(parsePageKey))).load(pageKey(contributionId, first, after));
    return toConnection(rows, first, (c) => encodeCursor([c.id]));
  }

  /** The visible replies to a top-level comment, oldest first: one statement for every comment on the page. */
  replies(loaders: RequestLoaders, commentId: string): Promise<Comment[]> {
    return loaders
      .get<string, Comment[]>('community.commentReplies', async (ids) => {
        const rows = await this.connection
          .getRepository(Comment)
          .find({ where: { parentId: In([...ids]), status: CommentStatus.VISIBLE }, order: { createdAt: 'ASC', id: 'ASC' } });
        return groupByKey(ids, rows, (row) => row.parentId!);
      })
      .load(commentId);
  }

  private async topLevelPages(pages: readonly PageRequest[]): Promise<Comment[][]> {
    const rows = await this.connection.query<{ page: string; id: string }>(
      `SELECT k.page, c.id
         FROM unnest($1::uuid[], $2::int[], $3::uuid[]) WITH ORDINALITY AS k(owner_id, lim, after_id, page)
         CROSS JOIN LATERAL (
           SELECT c.id, c.created_at
             FROM comment c
            WHERE c.contribution_id = k.owner_id AND c.parent_id IS NULL
              AND (c.status = 'VISIBLE' OR EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = c.id AND r.status = 'VISIBLE'))
              AND (k.after_id IS NULL OR (c.created_at, c.id) > (SELECT a.created_at, a.id FROM comment a WHERE a.id = k.after_id))
            ORDER BY c.created_at, c.id
            LIMIT k.lim
         ) c
        ORDER BY k.page, c.created_at, c.id`,
      pageParams(pages),
    );
    // The rows as entities (one more statement for the whole batch), so columns map in one place.
    const byId = new Map((rows.length ? await this.connection.getRepository(Comment).findBy({ id: In(rows.map((r) => r.id)) }) : []).map((c) => [c.id, c]));
    const byPage = pages.map((): Comment[] => []);
    for (const row of rows) byPage[Number(row.page) - 1].push(byId.get(row.id)!);
    return byPage;
  }
}
