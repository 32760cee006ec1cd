import { Injectable } from '@nestjs/common';
import { badInput, groupByKey, markdownExcerpt, oneByKey, slugify, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Product, ProductPolicy, ProductService, ProductVariant, ProductVariantService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { In } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionService } from '../contribution/contribution.service';
import { ContributionKind, ContributionStatus } from '../contribution/contribution.types';
import { BuildPart } from './build-part.entity';
import { BuildSupportStage } from './build-support-stage.entity';
import { BuildSupport } from './build-support.entity';
import { Build } from './build.entity';
import { BuildEvents } from './build.events';
import { BuildPolicy } from './build.policy';
import { BuildState, DEFAULT_ROYALTY_BP } from './build.types';
import type { AcceptBuildInput, BuildPartInput, BuildSupportStageInput, CreateBuildInput, DeclineBuildInput, UpdateBuildInput } from './dto/build.inputs';

const DAY_MS = 86_400_000;
const addDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/**
 * Builds (decision 0028): a contribution with a parts list, collecting support stage by stage until
 * the brand reviews it. Support is counted on the contribution row, which each support locks first
 * (ContributionService.lockForInteraction), so concurrent supporters are counted one after the other
 * and the stage that tips is reached exactly once.
 */
@Injectable()
export class BuildService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly contributions: ContributionService,
    private readonly products: ProductService,
    private readonly variants: ProductVariantService,
    private readonly events: EventLog,
  ) {}

  async create(viewer: Viewer, input: CreateBuildInput, now = new Date()): Promise<Contribution> {
    const { parts, ...fields } = input;
    const lines = await this.partLines(viewer, parts ?? []);
    const contribution = await this.contributions.create(viewer, ContributionKind.BUILD, fields);
    const build = await this.connection.getRepository(Build).save(Object.assign(new Build(), { contributionId: contribution.id, state: BuildState.SUPPORTING, stage: 0 }));
    await this.replaceParts(contribution.id, lines);
    if (contribution.status === ContributionStatus.PUBLISHED) await this.openFirstStage(build, now);
    return contribution;
  }

  /** Changes the author's own build (ContributionPolicy.update); `parts`, when given, replaces the whole list. */
  async update(viewer: Viewer, input: UpdateBuildInput, now = new Date()): Promise<Contribution> {
    const { id, parts, ...fields } = input;
    const contribution = await this.contributions.update(viewer, id, fields, ContributionKind.BUILD);
    if (parts) await this.replaceParts(id, await this.partLines(viewer, parts));
    const build = await this.get(id);
    if (contribution.status === ContributionStatus.PUBLISHED && !build.stageStartedAt) await this.openFirstStage(build, now);
    return contribution;
  }

  /**
   * The viewer supports a published build of someone else's, once (supporting again changes nothing).
   * Reaching a stage's target within its window opens the next stage; clearing the last sends the
   * build to the brand's review queue.
   */
  async support(viewer: Viewer, buildId: string, now = new Date()): Promise<Contribution> {
    const contribution = BuildPolicy.authorize(viewer, 'support', await this.contributions.lockForInteraction(viewer, buildId, 'buildId'), { field: 'buildId', message: 'You cannot support your own build' });
    const build = await this.getOfKind(contribution);
    this.requireCollecting(build, now);
    const inserted = await this.connection
      .getRepository(BuildSupport)
      .createQueryBuilder()
      .insert()
      .values({ contributionId: buildId, memberId: viewer.accountId })
      .orIgnore()
      .returning(['member_id'])
      .execute();
    if (inserted.raw.length === 0) return contribution;
    await this.contributions.adjustCount(buildId, 'supportCount', 1);
    contribution.supportCount += 1;
    await this.events.record(BuildEvents.supported, { actorId: viewer.accountId, subjectId: buildId, payload: { supporters: contribution.supportCount } });
    await this.advance(viewer, build, contribution.supportCount, now);
    return contribution;
  }

  /** Takes the viewer's support back while the build still collects it; a stage already reached stays reached. */
  async withdraw(viewer: Viewer, buildId: string, now = new Date()): Promise<Contribution> {
    const contribution = BuildPolicy.authorize(viewer, 'support', await this.contributions.lockForInteraction(viewer, buildId, 'buildId'), { field: 'buildId' });
    this.requireCollecting(await this.getOfKind(contribution), now);
    const removed = await this.connection.getRepository(BuildSupport).delete({ contributionId: buildId, memberId: viewer.accountId });
    if (removed.affected) {
      await this.contributions.adjustCount(buildId, 'supportCount', -1);
      contribution.supportCount -= 1;
    }
    return contribution;
  }

  /** Builds waiting for the brand, longest waiting first. */
  async reviewQueue(viewer: Viewer): Promise<Contribution[]> {
    BuildPolicy.authorize(viewer, 'review', {});
    return this.connection
      .getRepository(Contribution)
      .createQueryBuilder('c')
      .innerJoin(Build, 'b', 'b.contribution_id = c.id')
      .where('b.state = :state', { state: BuildState.IN_REVIEW })
      .orderBy('b.entered_review_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /**
   * The brand accepts a build in review: a DRAFT product made from it through the catalog (named after
   * it, priced at its parts list unless a price is given, stock 0), linked to it, and the creator's
   * royalty recorded (1% of net sales by default).
   */
  async accept(viewer: Viewer, input: AcceptBuildInput, now = new Date()): Promise<Contribution> {
    BuildPolicy.authorize(viewer, 'review', {});
    const { contribution, build } = await this.lockInReview(input.buildId, 'accepted');
    const partPrices: { price_minor: string; currency: string; quantity: number }[] = await this.connection.manager.query(
      `SELECT v.price_minor, v.currency, p.quantity FROM build_part p JOIN product_variant v ON v.id = p.variant_id WHERE p.contribution_id = $1`,
      [build.contributionId],
    );
    const currency = input.currency ?? partPrices[0]?.currency;
    if (!currency) throw badInput('currency', 'Choose the currency: the parts list has no catalog parts to take it from');
    const priceMinor = input.priceMinor ?? partPrices.filter((p) => p.currency === currency).reduce((sum, p) => sum + Number(p.price_minor) * p.quantity, 0);
    const suffix = build.contributionId.slice(0, 8);
    const product = await this.products.create(viewer, {
      name: contribution.title.slice(0, 120),
      slug: `${slugify(contribution.title).slice(0, 60).replace(/-+$/, '') || 'build'}-${suffix}`,
      description: `${markdownExcerpt(contribution.body) || contribution.title}\n\nFrom the community build “${contribution.title}”.`.slice(0, 5000),
      categoryId: input.categoryId,
      currency,
      variants: [{ sku: `BUILD-${suffix}`.toUpperCase(), name: 'Standard', priceMinor, stock: 0 }],
    });
    const royaltyBp = input.royaltyBp ?? DEFAULT_ROYALTY_BP;
    Object.assign(build, { state: BuildState.ACCEPTED, productId: product.id, royaltyBp, decidedAt: now, decidedById: viewer.accountId, stageDeadline: null });
    await this.connection.getRepository(Build).save(build);
    await this.events.record(BuildEvents.accepted, { actorId: viewer.accountId, subjectId: build.contributionId, payload: { productId: product.id, creatorId: contribution.authorId, royaltyBp } });
    return contribution;
  }

  async decline(viewer: Viewer, input: DeclineBuildInput, now = new Date()): Promise<Contribution> {
    BuildPolicy.authorize(viewer, 'review', {});
    const { contribution, build } = await this.lockInReview(input.buildId, 'declined');
    Object.assign(build, { state: BuildState.DECLINED, declineReason: input.reason, decidedAt: now, decidedById: viewer.accountId, stageDeadline: null });
    await this.connection.getRepository(Build).save(build);
    await this.events.record(BuildEvents.declined, { actorId: viewer.accountId, subjectId: build.contributionId, payload: { reason: input.reason } });
    return contribution;
  }

  stages(): Promise<BuildSupportStage[]> {
    return this.connection.getRepository(BuildSupportStage).find({ order: { position: 'ASC' } });
  }

  /** Replaces the stages; each needs more supporters than the one before. Builds keep their current deadline. */
  async setStages(viewer: Viewer, stages: BuildSupportStageInput[]): Promise<BuildSupportStage[]> {
    BuildPolicy.authorize(viewer, 'review', {});
    stages.forEach((stage, i) => {
      if (i > 0 && stage.supporters <= stages[i - 1].supporters) throw badInput(`stages.${i}.supporters`, 'Each stage needs more supporters than the one before');
    });
    // Two managers saving at once: the second waits, then replaces the first's stages whole.
    await this.connection.manager.query(`LOCK TABLE build_support_stage IN EXCLUSIVE MODE`);
    await this.connection.manager.query(`DELETE FROM build_support_stage`);
    await this.connection.getRepository(BuildSupportStage).insert(stages.map((stage, position) => ({ position, supporters: stage.supporters, windowDays: stage.windowDays })));
    return this.stages();
  }

  /**
   * Expires every collecting build whose window closed by `now` (the expiry job, every few minutes),
   * recording `build.expired` for each in the same transaction. Rows another transaction holds (a
   * support at this moment) are skipped and met by the next run.
   */
  async expireDue(now = new Date()): Promise<string[]> {
    const due: { contribution_id: string; stage: number; stage_deadline: Date; support_count: number }[] = await this.connection.manager.query(
      `SELECT b.contribution_id, b.stage, b.stage_deadline, c.support_count
       FROM build b JOIN contribution c ON c.id = b.contribution_id
       WHERE b.state = 'SUPPORTING' AND b.stage_deadline <= $1
       ORDER BY b.stage_deadline LIMIT 500 FOR UPDATE OF b, c SKIP LOCKED`,
      [now],
    );
    for (const row of due) {
      await this.connection.getRepository(Build).update({ contributionId: row.contribution_id }, { state: BuildState.EXPIRED, decidedAt: now });
      await this.events.record(BuildEvents.expired, {
        actorId: null,
        subjectId: row.contribution_id,
        payload: { stage: row.stage + 1, supporters: row.support_count, deadline: new Date(row.stage_deadline).toISOString() },
      });
    }
    return due.map((row) => row.contribution_id);
  }

  // --- loaders (one statement per page, whatever its size) ---

  load(loaders: RequestLoaders, contributionId: string): Promise<Build | null> {
    return loaders
      .get<string, Build | null>('community.buildByContribution', async (ids) =>
        oneByKey(ids, await this.connection.getRepository(Build).findBy({ contributionId: In([...ids]) }), (b) => b.contributionId),
      )
      .load(contributionId);
  }

  parts(loaders: RequestLoaders, contributionId: string): Promise<BuildPart[]> {
    return loaders
      .get<string, BuildPart[]>('community.buildParts', async (ids) =>
        groupByKey(ids, await this.connection.getRepository(BuildPart).find({ where: { contributionId: In([...ids]) }, order: { position: 'ASC' } }), (p) => p.contributionId),
      )
      .load(contributionId);
  }

  /** A part's variant with its product, when the viewer may see that product (published, or a brand manager). */
  async partVariant(loaders: RequestLoaders, viewer: Viewer | undefined, variantId: string): Promise<ProductVariant | null> {
    const variant = await loaders
      .get<string, ProductVariant | null>('community.buildPartVariant', async (ids) =>
        oneByKey(ids, await this.connection.getRepository(ProductVariant).find({ where: { id: In([...ids]) }, relations: { product: true } }), (v) => v.id),
      )
      .load(variantId);
    return variant && ProductPolicy.can(viewer, 'read', variant.product!) ? variant : null;
  }

  async product(loaders: RequestLoaders, viewer: Viewer | undefined, productId: string): Promise<Product | null> {
    const product = await loaders
      .get<string, Product | null>('community.buildProduct', async (ids) => oneByKey(ids, await this.products.findByIds(ids), (p) => p.id))
      .load(productId);
    return product && ProductPolicy.can(viewer, 'read', product) ? product : null;
  }

  viewerSupports(loaders: RequestLoaders, viewer: Viewer | undefined, contributionId: string): Promise<boolean> {
    if (!viewer) return Promise.resolve(false);
    return loaders
      .get<string, boolean>(`community.buildSupportedBy:${viewer.accountId}`, async (ids) => {
        const rows = await this.connection.getRepository(BuildSupport).find({ where: { memberId: viewer.accountId, contributionId: In([...ids]) }, select: { contributionId: true } });
        const supported = new Set(rows.map((row) => row.contributionId));
        return ids.map((id) => supported.has(id));
      })
      .load(contributionId);
  }

  /** The stages setting, read once per request. */
  loadStages(loaders: RequestLoaders): Promise<BuildSupportStage[]> {
    return loaders.get<string, BuildSupportStage[]>('community.buildStages', async (keys) => {
      const stages = await this.stages();
      return keys.map(() => stages);
    }).load('all');
  }

  // --- internals ---

  private async get(contributionId: string): Promise<Build> {
    return (await this.connection.getRepository(Build).findOneBy({ contributionId }))!;
  }

  private async getOfKind(contribution: Contribution): Promise<Build> {
    if (contribution.kind !== ContributionKind.BUILD) throw badInput('buildId', 'There is no such build');
    return this.get(contribution.id);
  }

  private requireCollecting(build: Build, now: Date): void {
    if (build.state !== BuildState.SUPPORTING || !build.stageDeadline || build.stageDeadline <= now) {
      throw badInput('buildId', 'This build is not collecting support any more');
    }
  }

  private async lockInReview(buildId: string, what: string): Promise<{ contribution: Contribution; build: Build }> {
    const contribution = await this.connection.getRepository(Contribution).findOne({ where: { id: buildId, kind: ContributionKind.BUILD }, lock: { mode: 'pessimistic_write' } });
    const build = contribution && (await this.get(contribution.id));
    if (!contribution || !build) throw badInput('buildId', 'There is no such build');
    if (build.state !== BuildState.IN_REVIEW) throw badInput('buildId', `Only a build in review can be ${what}`);
    return { contribution, build };
  }

  private async openFirstStage(build: Build, now: Date): Promise<void> {
    const [first] = await this.stages();
    Object.assign(build, { stage: 0, stageStartedAt: now, stageDeadline: addDays(now, first?.windowDays ?? 60) });
    await this.connection.getRepository(Build).save(build);
  }

  /** Opens the next stage for every one whose target `supporters` meets (several at once if the settings dropped). */
  private async advance(viewer: Viewer, build: Build, supporters: number, now: Date): Promise<void> {
    const stages = await this.stages();
    let changed = false;
    while (build.state === BuildState.SUPPORTING && (build.stage >= stages.length || supporters >= stages[build.stage].supporters)) {
      const lastStage = build.stage >= stages.length - 1;
      await this.events.record(BuildEvents.stageReached, { actorId: viewer.accountId, subjectId: build.contributionId, payload: { stage: build.stage + 1, supporters, lastStage } });
      if (lastStage) {
        Object.assign(build, { state: BuildState.IN_REVIEW, enteredReviewAt: now, stageDeadline: null });
        await this.events.record(BuildEvents.enteredReview, { actorId: viewer.accountId, subjectId: build.contributionId, payload: { supporters } });
      } else {
        build.stage += 1;
        Object.assign(build, { stageStartedAt: now, stageDeadline: addDays(now, stages[build.stage].windowDays) });
      }
      changed = true;
    }
    if (changed) await this.connection.getRepository(Build).save(build);
  }

  /** Checks a parts list: each line a variant of a product on sale, or free text; labels default to the product's name. */
  private async partLines(viewer: Viewer, parts: BuildPartInput[]): Promise<Omit<BuildPart, 'id' | 'contributionId' | 'position'>[]> {
    const ids = [...new Set(parts.flatMap((part) => (part.variantId ? [part.variantId] : [])))];
    const sellable = new Map((await this.variants.findSellable(viewer, ids)).map(({ variant, product }) => [variant.id, { variant, product }]));
    return parts.map((part, i) => {
      const found = part.variantId ? sellable.get(part.variantId) : undefined;
      if (part.variantId && !found) throw badInput(`parts.${i}.variantId`, 'There is no such product in the shop');
      const label = part.label ?? (found ? `${found.product.name} (${found.variant.name})`.slice(0, 120) : undefined);
      if (!label) throw badInput(`parts.${i}.label`, 'Name the part, or pick it from the shop');
      return { variantId: part.variantId ?? null, label, quantity: part.quantity ?? 1, note: part.note || null };
    });
  }

  private async replaceParts(contributionId: string, lines: Omit<BuildPart, 'id' | 'contributionId' | 'position'>[]): Promise<void> {
    const repository = this.connection.getRepository(BuildPart);
    await repository.delete({ contributionId });
    if (lines.length) await repository.insert(lines.map((line, position) => ({ ...line, contributionId, position })));
  }
}
