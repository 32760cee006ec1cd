import { Module } from '@nestjs/common';
import { CatalogModule } from '@flagship/catalog';
import { MemberReviewsResolver, ProductReviewsResolver, ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

/** Uses AccountService, MemberService and OrderService, which their (global) modules export. */
@Module({
  imports: [CatalogModule],
  providers: [ReviewService, ReviewResolver, ProductReviewsResolver, MemberReviewsResolver],
})
export class ReviewsModule {}
