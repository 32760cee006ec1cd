import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, type Viewer, IdArg } from '@flagship/api-core';
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

/** Reviews as a field of Product, where shoppers read them. */
@Resolver(() => Product)
export class ProductReviewsResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @ResolveField(() => ReviewConnection, { description: 'Newest first.' })
  reviews(@Parent() product: Product, @Args() args: ReviewsArgs): Promise<ReviewConnection> {
    return this.reviewService.forProduct(product.id, args.first, args.after);
  }
}
