import { Module } from '@nestjs/common';
import { CatalogModule } from '@flagship/catalog';
import { ProductReviewsResolver, ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

/** Uses AccountService and OrderService, which their (global) modules export. */
@Module({
  imports: [CatalogModule],
  providers: [ReviewService, ReviewResolver, ProductReviewsResolver],
})
export class ReviewsModule {}
