import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, Role, decodeCursor, encodeCursor, notFound, toConnection, type Connection, type Viewer } from '@flagship/api-core';
import { AccountService } from '@flagship/accounts';
import { CatalogEvents, ProductService, ProductStatus, type Product } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { OrderService } from '@flagship/orders';
import { RateLimiter } from '@flagship/rate-limits';
import type { PostReviewInput } from './dto/review.types';
import { Review } from './review.entity';
import { REVIEWS_PER_ACCOUNT } from './review.limits';

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
    const product = await this.products.lockPublished(input.productId);
    if (!product) throw new DomainError(ErrorCode.NOT_FOUND, 'This product is not for sale', 'productId');
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
    await this.events.record({
      type: CatalogEvents.reviewPosted,
      actorId: viewer.accountId,
      subject: { type: 'review', id: review.id },
      payload: { productId: product.id, rating: review.rating, verifiedPurchase: review.verifiedPurchase },
    });
    return review;
  }

  /** One review by id: its author and brand managers only (it may be under moderation later). */
  async getVisible(id: string, viewer: Viewer): Promise<Review> {
    const review = await this.connection.getRepository(Review).findOneBy({ id });
    if (!review || (review.accountId !== viewer.accountId && viewer.role !== Role.BRAND_MANAGER)) throw notFound('Review');
    return review;
  }

  /**
   * A product's reviews, newest first. Public for a published product (its page shows them); for a
   * product that is not published, only brand managers see them, whichever path led to the product.
   */
  async forProduct(product: Pick<Product, 'id' | 'status'>, viewer: Viewer | undefined, first: number, after?: string): Promise<Connection<Review>> {
    if (product.status !== ProductStatus.PUBLISHED && viewer?.role !== Role.BRAND_MANAGER) return toConnection<Review>([], first, (r) => r.id);
    const query = this.connection.getRepository(Review).createQueryBuilder('r').where('r.product_id = :productId', { productId: product.id });
    if (after) {
      const [id] = decodeCursor(after, ['uuid']);
      query.andWhere('(r.created_at, r.id) < (SELECT created_at, id FROM review WHERE id = :cursorId)', { cursorId: id });
    }
    const rows = await query.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, (r) => encodeCursor([r.id]));
  }
}
