import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, IdArg, Public, type Viewer } from '@flagship/api-core';
import { Product } from '@flagship/catalog';
import { PostReviewInput, ReviewConnection, ReviewsArgs } from './dto/review.types';
import { Review } from './review.entity';
import { ReviewService } from './review.service';

@Resolver(() => Review)
export class ReviewResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @Authenticated()
  @Mutation(() => Review, { description: 'Rate and review a product, once. Marked verified when bought here.' })
  postReview(@CurrentViewer() viewer: Viewer, @Args('input') input: PostReviewInput): Promise<Review> {
    return this.reviewService.post(viewer, input);
  }

  @Authenticated()
  @Query(() => Review, { description: 'One review by id: its author and brand managers only.' })
  review(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Review> {
    return this.reviewService.getVisible(id, viewer);
  }
}

/**
 * Reviews as a field of Product, where shoppers read them: public for a published product (its page
 * shows them), brand managers only otherwise. A single review by id (`review`) stays with its author
 * and brand managers.
 */
@Resolver(() => Product)
export class ProductReviewsResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @Public()
  @ResolveField(() => ReviewConnection, { description: 'Newest first. Public for a published product; brand managers only otherwise.' })
  reviews(@Parent() product: Product, @Args() args: ReviewsArgs, @CurrentViewer() viewer?: Viewer): Promise<ReviewConnection> {
    return this.reviewService.forProduct(product, viewer, args.first, args.after);
  }
}
