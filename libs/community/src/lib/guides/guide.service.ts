import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, groupByKey, oneByKey, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { ProductVariantService, type Product, type ProductVariant } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { MediaAssetService, type MediaAsset } from '@flagship/media';
import { In } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionService } from '../contribution/contribution.service';
import { ContributionKind, ContributionStatus } from '../contribution/contribution.types';
import { ContributionPhotoItem } from '../contribution/dto/contribution.inputs';
import type { CreateGuideInput, GuideItemInput, GuideStepInput, MarkGuideMadeInput, UpdateGuideInput } from './dto/guide.inputs';
import { GuideCompletionView, GuideItemView, GuideStepView, GuideView } from './dto/guide.objects';
import { GuideCompletion } from './guide-completion.entity';
import { GuideItem } from './guide-item.entity';
import { GuideStepPhoto } from './guide-step-photo.entity';
import { GuideStep } from './guide-step.entity';
import { Guide } from './guide.entity';
import { GuideEvents } from './guides.events';
import { GUIDE_COMPLETIONS_SHOWN, GuideItemKind } from './guide.types';

export interface SellableItem {
  variant: ProductVariant;
  product: Product;
}

/**
 * Guides (decision 0031): a GUIDE contribution plus difficulty and time (`guide`), ordered steps with
 * photos (`guide_step`, `guide_step_photo`), tools and parts (`guide_item`) and "I made this" posts
 * (`guide_completion`). Everything is written in the caller's mutation transaction; a list given on
 * update replaces the old one as a whole, so a reader never sees half of an edit.
 */
@Injectable()
export class GuideService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly contributions: ContributionService,
    private readonly media: MediaAssetService,
    private readonly variants: ProductVariantService,
    private readonly events: EventLog,
  ) {}

  async create(viewer: Viewer, input: CreateGuideInput): Promise<Contribution> {
    if (!input.difficulty) throw badInput('difficulty', 'Say how hard it is');
    if (!input.timeMinutes) throw badInput('timeMinutes', 'Say how long it takes');
    if (input.publish && !input.steps?.length) throw badInput('steps', 'Add at least one step before publishing');
    const contribution = await this.contributions.create(viewer, ContributionKind.GUIDE, input);
    await this.connection.getRepository(Guide).insert({ contributionId: contribution.id, difficulty: input.difficulty, timeMinutes: input.timeMinutes, completionCount: 0 });
    await this.replaceSteps(viewer, contribution.id, input.steps ?? []);
    await this.replaceItems(viewer, contribution.id, input.tools ?? [], input.parts ?? []);
    return contribution;
  }

  async update(viewer: Viewer, id: string, input: UpdateGuideInput): Promise<Contribution> {
    const contribution = await this.contributions.update(viewer, id, input, ContributionKind.GUIDE);
    const changes: Partial<Guide> = {};
    if (input.difficulty) changes.difficulty = input.difficulty;
    if (input.timeMinutes) changes.timeMinutes = input.timeMinutes;
    if (Object.keys(changes).length) await this.connection.getRepository(Guide).update({ contributionId: id }, changes);
    if (input.steps) await this.replaceSteps(viewer, id, input.steps);
    if (input.tools || input.parts) {
      const current = await this.connection.getRepository(GuideItem).find({ where: { contributionId: id }, order: { position: 'ASC' } });
      const keep = (kind: GuideItemKind): GuideItemInput[] =>
        current.filter((item) => item.kind === kind).map((item) => ({ variantId: item.variantId ?? undefined, label: item.label, quantity: item.quantity }));
      await this.replaceItems(viewer, id, input.tools ?? keep(GuideItemKind.TOOL), input.parts ?? keep(GuideItemKind.PART));
    }
    if (contribution.status === ContributionStatus.PUBLISHED && (await this.connection.getRepository(GuideStep).countBy({ contributionId: id })) === 0) {
      throw badInput('steps', 'A published guide needs at least one step');
    }
    return contribution;
  }

  /**
   * "I made this" on a published guide: the first post counts the member in and records
   * `guide.completed`; posting again replaces the photo and note. The guide's row stays locked
   * (lockForInteraction) until commit, so concurrent posts count right.
   */
  async markMade(viewer: Viewer, input: MarkGuideMadeInput): Promise<GuideCompletionView> {
    const contribution = await this.contributions.lockForInteraction(viewer, input.guideId, 'guideId');
    if (contribution.kind !== ContributionKind.GUIDE) throw new DomainError(ErrorCode.NOT_FOUND, 'Guide was not found', 'guideId');
    if (contribution.authorId === viewer.accountId) throw badInput('guideId', 'This is your own guide: show your result in its steps');
    const [photo] = await this.media.claim(viewer, [input.photoId], 'photoId');
    const completions = this.connection.getRepository(GuideCompletion);
    const note = input.note?.trim() ?? '';
    const existing = await completions.findOneBy({ contributionId: contribution.id, memberId: viewer.accountId });
    if (existing) {
      Object.assign(existing, { mediaAssetId: photo.id, note });
      return toCompletionView(await completions.save(existing), photo);
    }
    const completion = await completions.save(Object.assign(new GuideCompletion(), { contributionId: contribution.id, memberId: viewer.accountId, mediaAssetId: photo.id, note }));
    const guides = this.connection.getRepository(Guide);
    await guides.increment({ contributionId: contribution.id }, 'completionCount', 1);
    const { completionCount } = await guides.findOneByOrFail({ contributionId: contribution.id });
    await this.events.record(GuideEvents.completed, { actorId: viewer.accountId, subjectId: contribution.id, payload: { completionId: completion.id, completionCount } });
    return toCompletionView(completion, photo);
  }

  // Reads, batched per request: a page of guides costs one statement per relation.

  guide(loaders: RequestLoaders, contributionId: string): Promise<GuideView | null> {
    return loaders
      .get<string, GuideView | null>('community.guideById', async (ids) => {
        const rows = await this.connection.getRepository(Guide).findBy({ contributionId: In([...ids]) });
        return oneByKey(ids, rows.map(toGuideView), (guide) => guide.id);
      })
      .load(contributionId);
  }

  steps(loaders: RequestLoaders, contributionId: string): Promise<GuideStepView[]> {
    return loaders
      .get<string, GuideStepView[]>('community.guideSteps', async (ids) => {
        const rows = await this.connection.getRepository(GuideStep).find({ where: { contributionId: In([...ids]) }, order: { position: 'ASC' } });
        return groupByKey(ids, rows, (row) => row.contributionId).map((steps) =>
          steps.map((step) => Object.assign(new GuideStepView(), { id: step.id, number: step.position + 1, title: step.title, body: step.body })),
        );
      })
      .load(contributionId);
  }

  stepPhotos(loaders: RequestLoaders, stepId: string): Promise<ContributionPhotoItem[]> {
    return loaders
      .get<string, ContributionPhotoItem[]>('community.guideStepPhotos', async (ids) => {
        const rows = await this.connection.getRepository(GuideStepPhoto).find({ where: { stepId: In([...ids]) }, relations: { asset: true }, order: { position: 'ASC' } });
        return groupByKey(ids, rows, (row) => row.stepId).map((photos) =>
          photos.map((photo) => Object.assign(new ContributionPhotoItem(), { id: photo.mediaAssetId, image: photo.asset!.image(), caption: null })),
        );
      })
      .load(stepId);
  }

  items(loaders: RequestLoaders, contributionId: string, kind: GuideItemKind): Promise<GuideItemView[]> {
    return loaders
      .get<string, GuideItemView[]>('community.guideItems', async (keys) => {
        const ids = [...new Set(keys.map((key) => key.split(' ')[0]))];
        const rows = await this.connection.getRepository(GuideItem).find({ where: { contributionId: In(ids) }, order: { position: 'ASC' } });
        return groupByKey(keys, rows, (row) => `${row.contributionId} ${row.kind}`).map((items) =>
          items.map((item) => Object.assign(new GuideItemView(), { id: item.id, kind: item.kind, label: item.label, quantity: item.quantity, variantId: item.variantId })),
        );
      })
      .load(`${contributionId} ${kind}`);
  }

  /** A linked variant with its product, while the viewer may buy it (its product is published). */
  sellable(loaders: RequestLoaders, viewer: Viewer | undefined, variantId: string): Promise<SellableItem | null> {
    return loaders
      .get<string, SellableItem | null>('community.guideSellableVariants', async (ids) => oneByKey(ids, await this.variants.findSellable(viewer, [...ids]), (found) => found.variant.id))
      .load(variantId);
  }

  /** The newest "I made this" posts of a guide (GUIDE_COMPLETIONS_SHOWN at most). */
  completions(loaders: RequestLoaders, contributionId: string): Promise<GuideCompletionView[]> {
    return loaders
      .get<string, GuideCompletionView[]>('community.guideCompletions', async (ids) => {
        const rows: { id: string; contribution_id: string; member_id: string; media_asset_id: string; note: string; created_at: Date }[] = await this.connection.query(
          `SELECT id, contribution_id, member_id, media_asset_id, note, created_at FROM (
             SELECT c.*, row_number() OVER (PARTITION BY contribution_id ORDER BY created_at DESC, id) AS rank
             FROM guide_completion c WHERE contribution_id = ANY($1)) ranked
           WHERE rank <= $2 ORDER BY created_at DESC, id`,
          [ids, GUIDE_COMPLETIONS_SHOWN],
        );
        const assets = new Map((await this.media.findByIds([...new Set(rows.map((row) => row.media_asset_id))])).map((asset) => [asset.id, asset]));
        return groupByKey(ids, rows, (row) => row.contribution_id).map((completions) =>
          completions.flatMap((row) => {
            const asset = assets.get(row.media_asset_id);
            if (!asset) return [];
            return [toCompletionView({ id: row.id, memberId: row.member_id, note: row.note, createdAt: row.created_at }, asset)];
          }),
        );
      })
      .load(contributionId);
  }

  /** Whether the viewer posted "I made this" on the guide. */
  async viewerMadeIt(loaders: RequestLoaders, viewer: Viewer | undefined, contributionId: string): Promise<boolean> {
    if (!viewer) return false;
    return loaders
      .get<string, boolean>('community.guideViewerMadeIt', async (ids) => {
        const rows = await this.connection.getRepository(GuideCompletion).find({ select: { contributionId: true }, where: { contributionId: In([...ids]), memberId: viewer.accountId } });
        const made = new Set(rows.map((row) => row.contributionId));
        return ids.map((id) => made.has(id));
      })
      .load(contributionId);
  }

  private async replaceSteps(viewer: Viewer, contributionId: string, steps: GuideStepInput[]): Promise<void> {
    const repository = this.connection.getRepository(GuideStep);
    // Photos of removed steps go with them (ON DELETE CASCADE); the uploads themselves stay the author's.
    await repository.delete({ contributionId });
    for (const [position, step] of steps.entries()) {
      const assets = await this.media.claim(viewer, step.photoIds ?? [], `steps.${position}.photoIds`);
      const saved = await repository.save(Object.assign(new GuideStep(), { contributionId, position, title: step.title, body: step.body ?? '' }));
      if (assets.length) {
        await this.connection.getRepository(GuideStepPhoto).insert(assets.map((asset, i) => ({ stepId: saved.id, mediaAssetId: asset.id, position: i })));
      }
    }
  }

  private async replaceItems(viewer: Viewer, contributionId: string, tools: GuideItemInput[], parts: GuideItemInput[]): Promise<void> {
    const lists = [
      { kind: GuideItemKind.TOOL, field: 'tools', items: tools },
      { kind: GuideItemKind.PART, field: 'parts', items: parts },
    ];
    const variantIds = [...new Set(lists.flatMap((list) => list.items.flatMap((item) => (item.variantId ? [item.variantId] : []))))];
    const sellable = new Map((await this.variants.findSellable(viewer, variantIds)).map((found) => [found.variant.id, found]));
    const rows = lists.flatMap(({ kind, field, items }) =>
      items.map((item, position) => {
        const linked = item.variantId ? sellable.get(item.variantId) : undefined;
        if (item.variantId && !linked) throw badInput(`${field}.${position}.variantId`, 'That product is not in the shop');
        const label = item.label || linked?.product.name;
        if (!label) throw badInput(`${field}.${position}.label`, kind === GuideItemKind.TOOL ? 'Name the tool or pick it from the shop' : 'Name the part or pick it from the shop');
        return { contributionId, kind, position, variantId: linked?.variant.id ?? null, label, quantity: item.quantity ?? 1 };
      }),
    );
    const repository = this.connection.getRepository(GuideItem);
    await repository.delete({ contributionId });
    if (rows.length) await repository.insert(rows);
  }
}

function toGuideView(guide: Guide): GuideView {
  return Object.assign(new GuideView(), { id: guide.contributionId, difficulty: guide.difficulty, timeMinutes: guide.timeMinutes, completionCount: guide.completionCount });
}

function toCompletionView(completion: Pick<GuideCompletion, 'id' | 'memberId' | 'note' | 'createdAt'>, photo: MediaAsset): GuideCompletionView {
  return Object.assign(new GuideCompletionView(), { id: completion.id, memberId: completion.memberId, photo: photo.image(), note: completion.note, createdAt: completion.createdAt });
}
