import { Module } from '@nestjs/common';
import { AccountsModule } from '@flagship/accounts';
import { CatalogModule } from '@flagship/catalog';
import { OrdersModule } from '@flagship/orders';
import { MemberReviewsResolver, ProductReviewsResolver, ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({
  imports: [CatalogModule, AccountsModule, OrdersModule],
  providers: [ReviewService, ReviewResolver, ProductReviewsResolver, MemberReviewsResolver],
})
export class ReviewsModule {}
