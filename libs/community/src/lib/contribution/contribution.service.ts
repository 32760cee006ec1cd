import { Injectable } from '@nestjs/common';
import { badInput, groupByKey, oneByKey, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { MediaAssetService } from '@flagship/media';
import { In } from 'typeorm';
import type { ContributionFieldsInput } from './dto/contribution.inputs';
import { ContributionPhotoItem } from './dto/contribution.inputs';
import { ContributionEvents } from './contribution.events';
import { Contribution } from './contribution.entity';
import { ContributionPhoto } from './contribution-photo.entity';
import { ContributionPolicy } from './contribution.policy';
import { ContributionKind, ContributionStatus } from './contribution.types';

/** What a kind's service passes besides the shared fields. */
export interface ContributionContext {
  productId?: string | null;
  categoryId?: string | null;
  asksAdvice?: boolean;
}

export type CountColumn = 'commentCount' | 'reactionCount' | 'supportCount';

/**
 * The part of every kind that is the same: title, Markdown body, tags, photos, draft or published,
 * author. Kinds' services (BuildService, RouteService, …) call it inside their mutation's transaction
 * and keep their own details beside it, so a contribution and its details are written together.
 */
@Injectable()
export class ContributionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly media: MediaAssetService,
    private readonly events: EventLog,
  ) {}

  /** A new contribution of `kind` by the viewer: a draft unless `fields.publish`. */
  async create(viewer: Viewer, kind: ContributionKind, fields: ContributionFieldsInput, context: ContributionContext = {}): Promise<Contribution> {
    if (!fields.title) throw badInput('title', 'Give it a title');
    const contribution = await this.connection.getRepository(Contribution).save(
      Object.assign(new Contribution(), {
        kind,
        authorId: viewer.accountId,
        title: fields.title,
        body: fields.body ?? '',
        tags: normaliseTags(fields.tags ?? []),
        status: ContributionStatus.DRAFT,
        productId: context.productId ?? null,
        categoryId: context.categoryId ?? null,
        asksAdvice: context.asksAdvice ?? false,
        publishedAt: null,
      }),
    );
    if (fields.photoIds?.length) await this.setPhotos(viewer, contribution.id, fields.photoIds);
    if (fields.publish) await this.publish(viewer, contribution);
    return contribution;
  }

  /**
   * The viewer's own contribution, locked for the rest of the transaction (so two edits or an edit and
   * a support do not interleave), of the kind expected: NOT_FOUND on `id` otherwise.
   */
  async lockOwn(viewer: Viewer, id: string, kind?: ContributionKind): Promise<Contribution> {
    const found = await this.connection.getRepository(Contribution).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const contribution = ContributionPolicy.authorize(viewer, 'update', found && (!kind || found.kind === kind) ? found : null, { field: 'id' });
    if (contribution.status === ContributionStatus.REMOVED) throw badInput('id', 'This was removed by moderation and cannot be changed');
    return contribution;
  }

  /** Changes the shared fields of the viewer's own contribution; publishing a draft publishes it. */
  async update(viewer: Viewer, id: string, fields: ContributionFieldsInput, kind?: ContributionKind): Promise<Contribution> {
    const contribution = await this.lockOwn(viewer, id, kind);
    if (fields.title !== undefined && fields.title !== null) contribution.title = fields.title;
    if (fields.body !== undefined && fields.body !== null) contribution.body = fields.body;
    if (fields.tags) contribution.tags = normaliseTags(fields.tags);
    await this.connection.getRepository(Contribution).save(contribution);
    if (fields.photoIds) await this.setPhotos(viewer, contribution.id, fields.photoIds);
    if (fields.publish && contribution.status === ContributionStatus.DRAFT) await this.publish(viewer, contribution);
    return contribution;
  }

  /** A contribution the viewer may see: NOT_FOUND on `field` otherwise (drafts are their author's). */
  async getVisible(viewer: Viewer | undefined, id: string, field = 'id'): Promise<Contribution> {
    return ContributionPolicy.authorize(viewer, 'read', await this.connection.getRepository(Contribution).findOneBy({ id }), { field });
  }

  /**
   * A published contribution the viewer may take part in (comment, react, support, follow, answer),
   * locked for the transaction so its counts stay right under concurrent members.
   */
  async lockForInteraction(viewer: Viewer, id: string, field = 'id'): Promise<Contribution> {
    const found = await this.connection.getRepository(Contribution).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    // Someone who may not even see it gets NOT_FOUND; a draft its own author sees is still not open to all.
    const visible = ContributionPolicy.authorize(viewer, 'read', found, { field });
    return ContributionPolicy.authorize(viewer, 'interact', visible, { field });
  }

  /** Adds `delta` to a count kept on the row (comments, reactions, supports), in the caller's transaction. */
  async adjustCount(id: string, column: CountColumn, delta: number): Promise<void> {
    if (delta === 0) return;
    await this.connection.getRepository(Contribution).increment({ id }, column, delta);
  }

  findByIds(ids: readonly string[]): Promise<Contribution[]> {
    return ids.length ? this.connection.getRepository(Contribution).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** One contribution by id through the request's loader (one statement for a whole page). */
  load(loaders: RequestLoaders, id: string): Promise<Contribution | null> {
    return loaders.get<string, Contribution | null>('community.contributionById', async (ids) => oneByKey(ids, await this.findByIds(ids), (c) => c.id)).load(id);
  }

  /** A contribution's photos in order, batched per request: one statement for every contribution on the page. */
  photos(loaders: RequestLoaders, contributionId: string): Promise<ContributionPhotoItem[]> {
    return loaders
      .get<string, ContributionPhotoItem[]>('community.photosByContribution', async (ids) => {
        const rows = await this.connection
          .getRepository(ContributionPhoto)
          .find({ where: { contributionId: In([...ids]) }, relations: { asset: true }, order: { position: 'ASC' } });
        return groupByKey(ids, rows, (row) => row.contributionId).map((photos) =>
          photos.map((photo) => Object.assign(new ContributionPhotoItem(), { id: photo.mediaAssetId, image: photo.asset!.image(), caption: photo.caption })),
        );
      })
      .load(contributionId);
  }

  /** Replaces the photos with the viewer's uploads `photoIds`, in that order. */
  private async setPhotos(viewer: Viewer, contributionId: string, photoIds: string[]): Promise<void> {
    const assets = await this.media.claim(viewer, photoIds, 'photoIds');
    const photos = this.connection.getRepository(ContributionPhoto);
    await photos.delete({ contributionId });
    if (assets.length) {
      await photos.insert(assets.map((asset, position) => ({ contributionId, mediaAssetId: asset.id, position, caption: null })));
    }
  }

  private async publish(viewer: Viewer, contribution: Contribution): Promise<void> {
    contribution.status = ContributionStatus.PUBLISHED;
    contribution.publishedAt = new Date();
    await this.connection.getRepository(Contribution).update({ id: contribution.id }, { status: contribution.status, publishedAt: contribution.publishedAt });
    await this.events.record(ContributionEvents.published, {
      actorId: viewer.accountId,
      subjectId: contribution.id,
      payload: { kind: contribution.kind, asksAdvice: contribution.asksAdvice },
    });
  }
}

/** Tags as stored: trimmed, lower-case, without "#", empty ones and repeats dropped. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().replace(/^#+/, '').toLowerCase()).filter(Boolean))];
}
