import { Injectable } from '@nestjs/common';
import { AccountService, BadgeKind, MemberService, toMember } from '@flagship/accounts';
import {
  DomainError,
  ErrorCode,
  RequestLoaders,
  badInput,
  decodeCursor,
  encodeCursor,
  groupByKey,
  oneByKey,
  toConnection,
  type Connection,
  type Viewer,
} from '@flagship/api-core';
import { Category, ProductPolicy, ProductService, type Product } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { In } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionPolicy } from '../contribution/contribution.policy';
import { ContributionService } from '../contribution/contribution.service';
import { ContributionKind, ContributionStatus } from '../contribution/contribution.types';
import { AnswerEvents } from './advice.events';
import { AdvicePolicy } from './advice.policy';
import { ExpertReason } from './advice.types';
import { Answer, AnswerExpert } from './answer.entity';
import { CategoryExpert } from './category-expert.entity';
import type { AnswerInput, AskQuestionInput, CategoryExpertItem, PostProjectUpdateInput, UpdateProjectUpdateInput, UpdateQuestionInput } from './dto/advice.inputs';
import { ProjectUpdate } from './project-update.entity';

interface AnswerRow {
  id: string;
  contribution_id: string;
  author_id: string;
  body: string;
  expert_reason: ExpertReason | null;
  expert_label: string | null;
  created_at: Date;
}

const ANSWER_COLUMNS = 'a.id, a.contribution_id, a.author_id, a.body, a.expert_reason, a.expert_label, a.created_at';

/**
 * Questions, progress posts and their answers (decision 0032). Questions and progress posts are
 * contributions (kinds QUESTION and PROJECT_UPDATE) written through ContributionService; this adds the
 * answers, the accepted one, the time to first answer and who answers as an expert.
 */
@Injectable()
export class AdviceService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly contributions: ContributionService,
    private readonly products: ProductService,
    private readonly members: MemberService,
    private readonly accounts: AccountService,
    private readonly events: EventLog,
  ) {}

  /** A question, on a product the viewer may see (its category is the question's) or on a category. */
  async askQuestion(viewer: Viewer, input: AskQuestionInput): Promise<Contribution> {
    let categoryId = input.categoryId ?? null;
    if (input.productId) {
      const [found] = await this.products.findByIds([input.productId]);
      const product = ProductPolicy.authorize(viewer, 'read', found ?? null, { field: 'productId', message: 'There is no such product' });
      categoryId = product.categoryId;
    } else if (categoryId && !(await this.connection.getRepository(Category).existsBy({ id: categoryId }))) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'There is no such category', 'categoryId');
    }
    return this.contributions.create(viewer, ContributionKind.QUESTION, input, { productId: input.productId ?? null, categoryId, asksAdvice: true });
  }

  updateQuestion(viewer: Viewer, id: string, input: UpdateQuestionInput): Promise<Contribution> {
    return this.contributions.update(viewer, id, input, ContributionKind.QUESTION);
  }

  /** A progress post, on one of the viewer's own builds when `projectId` is given. */
  async postProjectUpdate(viewer: Viewer, input: PostProjectUpdateInput): Promise<Contribution> {
    if (input.projectId) await this.ownBuild(viewer, input.projectId);
    const post = await this.contributions.create(viewer, ContributionKind.PROJECT_UPDATE, input, { asksAdvice: input.asksAdvice ?? false });
    await this.connection.getRepository(ProjectUpdate).insert({ contributionId: post.id, projectId: input.projectId ?? null });
    return post;
  }

  async updateProjectUpdate(viewer: Viewer, id: string, input: UpdateProjectUpdateInput): Promise<Contribution> {
    if (input.asksAdvice !== undefined && input.asksAdvice !== null) {
      await this.contributions.lockOwn(viewer, id, ContributionKind.PROJECT_UPDATE);
      await this.connection.getRepository(Contribution).update({ id }, { asksAdvice: input.asksAdvice });
    }
    return this.contributions.update(viewer, id, input, ContributionKind.PROJECT_UPDATE);
  }

  /**
   * Answers a published question or progress post that asks for advice (`contribution.interact`). The
   * expert badge is decided now and kept with the answer. The first answer by someone other than the
   * asker stamps `first_answer_at` (the row is locked, so two first answers cannot both be first) and
   * its event carries the seconds it took: the scorecard's time to first answer.
   */
  async answer(viewer: Viewer, input: AnswerInput): Promise<Answer> {
    const contribution = await this.contributions.lockForInteraction(viewer, input.contributionId, 'contributionId');
    if (!contribution.asksAdvice) throw badInput('contributionId', 'This post does not ask for advice');
    const expert = await this.expertiseOf(viewer.accountId, contribution.categoryId);
    const answer = await this.connection.getRepository(Answer).save(
      Object.assign(new Answer(), {
        contributionId: contribution.id,
        authorId: viewer.accountId,
        body: input.body,
        expertReason: expert?.reason ?? null,
        expertLabel: expert?.label ?? null,
      }),
    );
    let secondsToFirstAnswer: number | null = null;
    if (viewer.accountId !== contribution.authorId && !contribution.firstAnswerAt) {
      await this.connection.getRepository(Contribution).update({ id: contribution.id }, { firstAnswerAt: answer.createdAt });
      secondsToFirstAnswer = Math.max(0, Math.round((answer.createdAt.getTime() - (contribution.publishedAt ?? contribution.createdAt).getTime()) / 1000));
    }
    await this.events.record(AnswerEvents.posted, {
      actorId: viewer.accountId,
      subjectId: answer.id,
      payload: { contributionId: contribution.id, expert: answer.expertReason, secondsToFirstAnswer },
    });
    return answer;
  }

  /** The asker marks the answer that helped, or moves the mark to another one (`advice.accept_answer`). */
  async acceptAnswer(viewer: Viewer, answerId: string): Promise<Contribution> {
    const answer = await this.connection.getRepository(Answer).findOneBy({ id: answerId });
    if (!answer) throw new DomainError(ErrorCode.NOT_FOUND, 'There is no such answer', 'answerId');
    const found = await this.connection.getRepository(Contribution).findOne({ where: { id: answer.contributionId }, lock: { mode: 'pessimistic_write' } });
    const visible = ContributionPolicy.authorize(viewer, 'read', found, { field: 'answerId', message: 'There is no such answer' });
    const contribution = AdvicePolicy.authorize(viewer, 'accept_answer', visible, { field: 'answerId', message: 'Only the asker can mark the answer that helped' });
    if (contribution.acceptedAnswerId === answer.id) return contribution;
    const previousAnswerId = contribution.acceptedAnswerId;
    contribution.acceptedAnswerId = answer.id;
    await this.connection.getRepository(Contribution).update({ id: contribution.id }, { acceptedAnswerId: answer.id });
    await this.events.record(AnswerEvents.accepted, {
      actorId: viewer.accountId,
      subjectId: answer.id,
      payload: { contributionId: contribution.id, previousAnswerId, expert: answer.expertReason },
    });
    return contribution;
  }

  /**
   * The answers of a contribution the viewer sees: the accepted one first, then experts', then oldest
   * first. Batched: one statement for every contribution on the page.
   */
  answers(loaders: RequestLoaders, contributionId: string): Promise<Answer[]> {
    return loaders
      .get<string, Answer[]>('advice.answersByContribution', async (ids) => {
        const rows = await this.connection.query<AnswerRow>(
          `SELECT ${ANSWER_COLUMNS} FROM answer a JOIN contribution c ON c.id = a.contribution_id
            WHERE a.contribution_id = ANY($1)
            ORDER BY (a.id = c.accepted_answer_id) IS TRUE DESC, (a.expert_reason IS NOT NULL) DESC, a.created_at, a.id`,
          [ids],
        );
        return groupByKey(ids, rows.map(toAnswer), (answer) => answer.contributionId);
      })
      .load(contributionId);
  }

  /** The build a progress post reports on, when the viewer may see it. */
  async project(loaders: RequestLoaders, viewer: Viewer | undefined, post: Contribution): Promise<Contribution | null> {
    if (post.kind !== ContributionKind.PROJECT_UPDATE) return null;
    const details = await loaders
      .get<string, ProjectUpdate | null>('advice.projectUpdateById', async (ids) =>
        oneByKey(ids, await this.connection.getRepository(ProjectUpdate).findBy({ contributionId: In([...ids]) }), (row) => row.contributionId),
      )
      .load(post.id);
    if (!details?.projectId) return null;
    const project = await this.contributions.load(loaders, details.projectId);
    return project && ContributionPolicy.can(viewer, 'read', project) ? project : null;
  }

  /** The product a question is about, when the viewer may see it. */
  async product(loaders: RequestLoaders, viewer: Viewer | undefined, contribution: Contribution): Promise<Product | null> {
    if (!contribution.productId) return null;
    const product = await loaders
      .get<string, Product | null>('advice.productById', async (ids) => oneByKey(ids, await this.products.findByIds(ids), (p) => p.id))
      .load(contribution.productId);
    return product && ProductPolicy.can(viewer, 'read', product) ? product : null;
  }

  /**
   * A product's published questions, newest first, with cursor pagination. They follow the product
   * (`ProductPolicy.read`). Batched like reviews: the pages of every product asked are one statement
   * for the ids, one for the rows.
   */
  async forProduct(loaders: RequestLoaders, product: Pick<Product, 'id' | 'status' | 'sellerHidden'>, viewer: Viewer | undefined, first: number, after?: string): Promise<Connection<Contribution>> {
    if (!ProductPolicy.can(viewer, 'read', product)) return toConnection<Contribution>([], first, (c) => c.id);
    const key = `${product.id} ${first + 1} ${after ? decodeCursor(after, ['uuid'])[0] : ''}`;
    const rows = await loaders.get<string, Contribution[]>('advice.questionsByProduct', (keys) => this.questionPages(keys)).load(key);
    return toConnection(rows, first, (c) => encodeCursor([c.id]));
  }

  private async questionPages(keys: readonly string[]): Promise<Contribution[][]> {
    const pages = keys.map((key) => key.split(' '));
    const rows = await this.connection.query<{ page: string; id: string }>(
      `SELECT k.page, q.id
         FROM unnest($1::uuid[], $2::int[], $3::uuid[]) WITH ORDINALITY AS k(product_id, lim, after_id, page)
         CROSS JOIN LATERAL (
           SELECT c.id, c.published_at FROM contribution c
            WHERE c.product_id = k.product_id AND c.kind = 'QUESTION' AND c.status = 'PUBLISHED'
              AND (k.after_id IS NULL OR (c.published_at, c.id) < (SELECT x.published_at, x.id FROM contribution x WHERE x.id = k.after_id))
            ORDER BY c.published_at DESC, c.id DESC
            LIMIT k.lim
         ) q
        ORDER BY k.page, q.published_at DESC, q.id DESC`,
      [pages.map((p) => p[0]), pages.map((p) => Number(p[1])), pages.map((p) => p[2] || null)],
    );
    const byId = new Map((await this.contributions.findByIds([...new Set(rows.map((row) => row.id))])).map((c) => [c.id, c]));
    const result = keys.map((): Contribution[] => []);
    for (const row of rows) result[Number(row.page) - 1].push(byId.get(row.id)!);
    return result;
  }

  /** Marks a member as an expert for a category (`advice.manage_experts`); marking twice changes nothing. */
  async setCategoryExpert(viewer: Viewer, accountId: string, categoryId: string): Promise<CategoryExpertItem> {
    const category = AdvicePolicy.authorize(viewer, 'manage_experts', await this.connection.getRepository(Category).findOneBy({ id: categoryId }), {
      field: 'categoryId',
    });
    if (!(await this.accounts.findById(accountId))) throw new DomainError(ErrorCode.NOT_FOUND, 'There is no such member', 'accountId');
    await this.connection.getRepository(CategoryExpert).createQueryBuilder().insert().values({ accountId, categoryId: category.id, appointedById: viewer.accountId }).orIgnore().execute();
    return (await this.experts({ accountId, categoryId }))[0];
  }

  /** Unmarks a member as an expert for a category; their earlier answers keep the badge they were written with. */
  async removeCategoryExpert(viewer: Viewer, accountId: string, categoryId: string): Promise<boolean> {
    const category = await this.connection.getRepository(Category).findOneBy({ id: categoryId });
    AdvicePolicy.authorize(viewer, 'manage_experts', category, { field: 'categoryId' });
    const deleted = await this.connection.getRepository(CategoryExpert).delete({ accountId, categoryId });
    return Boolean(deleted.affected);
  }

  /** Every category expert (of one category when given), by category then name. */
  async experts(where: { accountId?: string; categoryId?: string } = {}): Promise<CategoryExpertItem[]> {
    const rows = await this.connection.getRepository(CategoryExpert).find({ where, relations: { account: true, category: true } });
    return rows
      .map((row) => ({ member: toMember(row.account!), category: row.category!, appointedAt: row.createdAt }))
      .sort((a, b) => a.category.name.localeCompare(b.category.name) || a.member.displayName.localeCompare(b.member.displayName));
  }

  /**
   * Why the account answers as an expert now, if it does: an expert for the question's category first
   * (the most specific), then vendor staff, then brand staff (the badges accounts derives).
   */
  async expertiseOf(accountId: string, categoryId: string | null): Promise<AnswerExpert | null> {
    if (categoryId) {
      const [row] = await this.connection.query<{ name: string }>(
        `SELECT c.name FROM category_expert e JOIN category c ON c.id = e.category_id WHERE e.account_id = $1 AND e.category_id = $2`,
        [accountId, categoryId],
      );
      if (row) return { reason: ExpertReason.CATEGORY_EXPERT, label: `Expert in ${row.name}` };
    }
    const badges = await this.members.badgesOf(new RequestLoaders(), accountId);
    const vendor = badges.find((badge) => badge.kind === BadgeKind.VENDOR);
    if (vendor) return { reason: ExpertReason.VENDOR_STAFF, label: vendor.label };
    const staff = badges.find((badge) => badge.kind === BadgeKind.BRAND_STAFF);
    if (staff) return { reason: ExpertReason.BRAND_STAFF, label: staff.label };
    return null;
  }

  private async ownBuild(viewer: Viewer, projectId: string): Promise<Contribution> {
    const found = await this.connection.getRepository(Contribution).findOneBy({ id: projectId });
    const build = ContributionPolicy.authorize(viewer, 'update', found && found.kind === ContributionKind.BUILD ? found : null, {
      field: 'projectId',
      message: 'Choose one of your own builds',
    });
    if (build.status === ContributionStatus.REMOVED) throw badInput('projectId', 'This build was removed by moderation');
    return build;
  }
}

function toAnswer(row: AnswerRow): Answer {
  return Object.assign(new Answer(), {
    id: row.id,
    contributionId: row.contribution_id,
    authorId: row.author_id,
    body: row.body,
    expertReason: row.expert_reason,
    expertLabel: row.expert_label,
    createdAt: row.created_at,
  });
}
