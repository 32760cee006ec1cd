import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, decodeCursor, encodeCursor, toConnection, type Connection, type Viewer } from '@flagship/api-core';
import { AccountService } from '@flagship/accounts';
import { ProductPolicy, ProductService, type Product } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { OrderService } from '@flagship/orders';
import { RateLimiter } from '@flagship/rate-limits';
import type { PostReviewInput } from './dto/review.types';
import { Review } from './review.entity';
import { REVIEWS_PER_ACCOUNT } from './review.limits';
import { ReviewPolicy } from './review.policy';
import { ReviewEvents } from './reviews.events';

@Injectable()
export class ReviewService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountService,
    private readonly products: ProductService,
    private readonly orders: OrderService,
    private readonly events: EventLog,
    private readonly limits: RateLimiter,
  ) {}

  /**
   * Posts the viewer's one review of a published product, marked as a verified purchase when they
   * bought it here, and refreshes the product's rating summary in the same transaction. The product
   * row is locked first: a concurrent review of the same product waits for this one to commit, and its
   * summary (a later statement, so a later snapshot) then counts both. An account posts at most
   * REVIEWS_PER_ACCOUNT reviews an hour.
   */
  async post(viewer: Viewer, input: PostReviewInput): Promise<Review> {
    await this.limits.consume(REVIEWS_PER_ACCOUNT, viewer.accountId);
    const product = ReviewPolicy.authorize(viewer, 'post', await this.products.lock(input.productId), { message: 'This product is not for sale', field: 'productId' });
    const author = await this.accounts.findById(viewer.accountId);
    const reviews = this.connection.getRepository(Review);
    const inserted = await reviews
      .createQueryBuilder()
      .insert()
      .values({
        productId: product.id,
        accountId: viewer.accountId,
        authorName: author?.displayName ?? 'A rider',
        rating: input.rating,
        body: input.body,
        verifiedPurchase: await this.orders.hasPurchased(viewer.accountId, product.id),
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

  /** One review by id (`ReviewPolicy.read`): its author and brand managers only; NOT_FOUND for anyone else. */
  async getVisible(id: string, viewer: Viewer): Promise<Review> {
    return ReviewPolicy.authorize(viewer, 'read', await this.connection.getRepository(Review).findOneBy({ id }));
  }

  /**
   * A product's reviews, newest first. They follow the product (`ProductPolicy.read`): public for a
   * published product (its page shows them), brand managers only otherwise, whichever path led to it.
   */
  async forProduct(product: Pick<Product, 'id' | 'status'>, viewer: Viewer | undefined, first: number, after?: string): Promise<Connection<Review>> {
    if (!ProductPolicy.can(viewer, 'read', product)) return toConnection<Review>([], first, (r) => r.id);
    const rows = await this.page('r.product_id = :productId', { productId: product.id }, first + 1, after);
    return toConnection(rows, first, (r) => encodeCursor([r.id]));
  }

  /**
   * A member's reviews, newest first, for their public profile: only those of products the viewer may
   * see (`ProductPolicy.read`). Rows of hidden products are skipped, reading on until the page is full
   * (a few statements at most: products are rarely unpublished).
   */
  async byAuthor(accountId: string, viewer: Viewer | undefined, first: number, after?: string): Promise<Connection<Review>> {
    const visible: Review[] = [];
    const batchSize = first + 1;
    let cursor = after;
    while (visible.length < first + 1) {
      const batch = await this.page('r.account_id = :accountId', { accountId }, batchSize, cursor);
      const products = new Map((await this.products.findByIds([...new Set(batch.map((r) => r.productId))])).map((p) => [p.id, p]));
      visible.push(...batch.filter((review) => {
        const product = products.get(review.productId);
        return product !== undefined && ProductPolicy.can(viewer, 'read', product);
      }));
      if (batch.length < batchSize) break;
      cursor = encodeCursor([batch[batch.length - 1].id]);
    }
    return toConnection(visible.slice(0, first + 1), first, (r) => encodeCursor([r.id]));
  }

  /** Up to `limit` reviews matching `where`, newest first, after the cursor's review. */
  private page(where: string, params: Record<string, unknown>, limit: number, after?: string): Promise<Review[]> {
    const query = this.connection.getRepository(Review).createQueryBuilder('r').where(where, params);
    if (after) {
      const [id] = decodeCursor(after, ['uuid']);
      query.andWhere('(r.created_at, r.id) < (SELECT created_at, id FROM review WHERE id = :cursorId)', { cursorId: id });
    }
    return query.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit).getMany();
  }
}
