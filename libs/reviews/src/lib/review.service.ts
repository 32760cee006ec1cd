import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, decodeCursor, encodeCursor, toConnection, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { ProductPolicy, ProductService, type Product } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { OrderService } from '@flagship/orders';
import { RateLimiter } from '@flagship/rate-limits';
import type { PostReviewInput } from './dto/review.types';
import { Review } from './review.entity';
import { ReviewEligibility } from './review-eligibility';
import { REVIEWS_PER_ACCOUNT } from './review.limits';
import { ReviewPolicy } from './review.policy';
import { ReviewEvents } from './reviews.events';

/** `postReview`'s refusal of someone who has not bought the product (a paid order of it). */
export const PURCHASE_REQUIRED = 'PURCHASE_REQUIRED';

@Injectable()
export class ReviewService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly products: ProductService,
    private readonly orders: OrderService,
    private readonly events: EventLog,
    private readonly limits: RateLimiter,
  ) {}

  /**
   * Posts the viewer's one review of a published product they bought here (`PURCHASE_REQUIRED`
   * otherwise, on `productId`: the rule `eligibility` reports), and refreshes the product's rating
   * summary in the same transaction. The product row is locked first: a concurrent review of the same
   * product waits for this one to commit, and its summary (a later statement, so a later snapshot)
   * then counts both. An account posts at most REVIEWS_PER_ACCOUNT reviews an hour.
   */
  async post(viewer: Viewer, input: PostReviewInput): Promise<Review> {
    await this.limits.consume(REVIEWS_PER_ACCOUNT, viewer.accountId);
    const product = ReviewPolicy.authorize(viewer, 'post', await this.products.lock(input.productId), { message: 'This product is not for sale', field: 'productId' });
    if (!(await this.orders.hasPurchased(viewer.accountId, product.id))) {
      throw new DomainError(
        PURCHASE_REQUIRED,
        'Only buyers can review this product: you can review it once an order of it is paid',
        'productId',
      );
    }
    const reviews = this.connection.getRepository(Review);
    const inserted = await reviews
      .createQueryBuilder()
      .insert()
      .values({
        productId: product.id,
        accountId: viewer.accountId,
        rating: input.rating,
        body: input.body,
        // Every review posted now is a buyer's; reviews from before the rule may not be.
        verifiedPurchase: true,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const row = inserted.raw[0] as { id: string } | undefined;
    if (!row) throw new DomainError(ErrorCode.CONFLICT, 'You have reviewed this product already', 'productId');

    const [{ average, count }] = await this.connection.manager.query(
      `SELECT round(avg(rating)::numeric, 2)::float AS average, count(*)::int AS count FROM review WHERE product_id = $1`,
      [product.id],
    );
    await this.products.setRatingSummary(product.id, average, count);
    const review = await reviews.findOneByOrFail({ id: row.id });
    await this.events.record(ReviewEvents.posted, {
      actorId: viewer.accountId,
      subjectId: review.id,
      payload: { productId: product.id, rating: review.rating, verifiedPurchase: review.verifiedPurchase },
    });
    return review;
  }

  /**
   * Whether the viewer may review the product now, or why not: the same grounds `post` refuses on.
   * Batched per request: the products of a page cost two statements (their reviews by the viewer,
   * and their purchases), whatever their number.
   */
  async eligibility(loaders: RequestLoaders, product: Pick<Product, 'id' | 'status'>, viewer: Viewer | undefined): Promise<ReviewEligibility> {
    if (!viewer) return ReviewEligibility.SIGN_IN_REQUIRED;
    if (!ReviewPolicy.can(viewer, 'post', product)) return ReviewEligibility.NOT_FOR_SALE;
    return loaders.get<string, ReviewEligibility>('reviews.eligibility', (ids) => this.eligibilityAmong(viewer.accountId, ids)).load(product.id);
  }

  private async eligibilityAmong(accountId: string, productIds: readonly string[]): Promise<ReviewEligibility[]> {
    const rows = await this.connection.query<{ product_id: string }>(`SELECT product_id FROM review WHERE account_id = $1 AND product_id = ANY($2)`, [
      accountId,
      productIds,
    ]);
    const reviewed = new Set(rows.map((row) => row.product_id));
    const purchased = await this.orders.purchasedAmong(accountId, productIds);
    return productIds.map((id) => {
      if (reviewed.has(id)) return ReviewEligibility.ALREADY_REVIEWED;
      return purchased.has(id) ? ReviewEligibility.CAN_REVIEW : ReviewEligibility.PURCHASE_REQUIRED;
    });
  }

  /** One review by id (`ReviewPolicy.read`): its author and brand managers only; NOT_FOUND for anyone else. */
  async getVisible(id: string, viewer: Viewer): Promise<Review> {
    return ReviewPolicy.authorize(viewer, 'read', await this.connection.getRepository(Review).findOneBy({ id }));
  }

  /**
   * A product's reviews, newest first. They follow the product (`ProductPolicy.read`): public for a
   * published product (its page shows them), brand managers only otherwise, whichever path led to it.
   * Batched per request: the reviews of a page of products are one statement, not one per product.
   */
  async forProduct(loaders: RequestLoaders, product: Pick<Product, 'id' | 'status' | 'sellerHidden'>, viewer: Viewer | undefined, first: number, after?: string): Promise<Connection<Review>> {
    if (!ProductPolicy.can(viewer, 'read', product)) return toConnection<Review>([], first, (r) => r.id);
    const key = pageKey(product.id, first + 1, after);
    const rows = await loaders.get<string, Review[]>('reviews.pageByProduct', (keys) => this.latestPerOwner('product_id', keys.map(parsePageKey))).load(key);
    return toConnection(rows, first, (r) => encodeCursor([r.id]));
  }

  /**
   * A member's reviews, newest first, for their public profile: only those of products the viewer may
   * see (`ProductPolicy.read`). Batched per request like `forProduct`: the authors of a page of reviews
   * (or of accounts) get their pages from one statement, plus one for the products to check.
   */
  async byAuthor(loaders: RequestLoaders, accountId: string, viewer: Viewer | undefined, first: number, after?: string): Promise<Connection<Review>> {
    const key = pageKey(accountId, first + 1, after);
    const rows = await loaders.get<string, Review[]>('reviews.pageByAuthor', (keys) => this.visiblePagesByAuthor(viewer, keys.map(parsePageKey))).load(key);
    return toConnection(rows, first, (r) => encodeCursor([r.id]));
  }

  /**
   * The pages of `byAuthor`. Rows of products the viewer may not see are skipped, reading on (for the
   * authors still short of a page) until each page is full: a few rounds at most, each one statement
   * for every author still reading, since products are rarely unpublished.
   */
  private async visiblePagesByAuthor(viewer: Viewer | undefined, pages: readonly PageRequest[]): Promise<Review[][]> {
    const visible = pages.map((): Review[] => []);
    let reading = pages.map((page, index) => ({ ...page, index }));
    while (reading.length) {
      const batches = await this.latestPerOwner('account_id', reading);
      const products = new Map((await this.products.findByIds([...new Set(batches.flat().map((r) => r.productId))])).map((p) => [p.id, p]));
      const next: typeof reading = [];
      reading.forEach((page, i) => {
        const batch = batches[i];
        visible[page.index].push(...batch.filter((review) => {
          const product = products.get(review.productId);
          return product !== undefined && ProductPolicy.can(viewer, 'read', product);
        }));
        if (visible[page.index].length < page.limit && batch.length === page.limit) next.push({ ...page, afterId: batch[batch.length - 1].id });
      });
      reading = next;
    }
    return visible.map((rows, i) => rows.slice(0, pages[i].limit));
  }

  /**
   * For each page asked, up to `limit` reviews whose `column` is its owner (a product or an author),
   * newest first, after the review `afterId`: all pages in one statement (a LATERAL join per owner).
   */
  private async latestPerOwner(column: 'product_id' | 'account_id', pages: readonly PageRequest[]): Promise<Review[][]> {
    if (pages.length === 0) return [];
    const rows = await this.connection.query<ReviewRow & { page: string }>(
      `SELECT k.page, r.*
         FROM unnest($1::uuid[], $2::int[], $3::uuid[]) WITH ORDINALITY AS k(owner_id, lim, after_id, page)
         CROSS JOIN LATERAL (
           SELECT r.id, r.product_id, r.account_id, r.rating, r.body, r.verified_purchase, r.created_at
             FROM review r
            WHERE r.${column} = k.owner_id
              AND (k.after_id IS NULL OR (r.created_at, r.id) < (SELECT c.created_at, c.id FROM review c WHERE c.id = k.after_id))
            ORDER BY r.created_at DESC, r.id DESC
            LIMIT k.lim
         ) r
        ORDER BY k.page, r.created_at DESC, r.id DESC`,
      [pages.map((p) => p.ownerId), pages.map((p) => p.limit), pages.map((p) => p.afterId)],
    );
    const byPage = pages.map((): Review[] => []);
    for (const row of rows) byPage[Number(row.page) - 1].push(toReview(row));
    return byPage;
  }
}

interface PageRequest {
  ownerId: string;
  /** Rows to read: the page size plus one, to know whether another page follows. */
  limit: number;
  afterId: string | null;
}

/** A page as a DataLoader key; the cursor is checked here, so a bad one fails its own field only. */
const pageKey = (ownerId: string, limit: number, after?: string) => `${ownerId} ${limit} ${after ? decodeCursor(after, ['uuid'])[0] : ''}`;

function parsePageKey(key: string): PageRequest {
  const [ownerId, limit, afterId] = key.split(' ');
  return { ownerId, limit: Number(limit), afterId: afterId || null };
}

interface ReviewRow {
  id: string;
  product_id: string;
  account_id: string;
  rating: number;
  body: string;
  verified_purchase: boolean;
  created_at: Date;
}

const toReview = (row: ReviewRow): Review =>
  Object.assign(new Review(), {
    id: row.id,
    productId: row.product_id,
    accountId: row.account_id,
    rating: row.rating,
    body: row.body,
    verifiedPurchase: row.verified_purchase,
    createdAt: row.created_at,
  });
