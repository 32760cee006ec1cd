import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Public, oneByKey, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Member, MemberService } from '@flagship/accounts';
import { Product, ProductPolicy, ProductService } from '@flagship/catalog';
import { PostReviewInput, ReviewConnection, ReviewsArgs } from './dto/review.types';
import { ReviewEligibility } from './review-eligibility';
import { Review } from './review.entity';
import { ReviewPolicy } from './review.policy';
import { ReviewService } from './review.service';

@Resolver(() => Review)
export class ReviewResolver {
  constructor(
    private readonly reviewService: ReviewService,
    private readonly members: MemberService,
    private readonly products: ProductService,
  ) {}

  @Authenticated()
  @Guards(ReviewPolicy, 'post')
  @Mutation(() => Review, { description: 'Rate and review a product you bought here (a paid order), once; PURCHASE_REQUIRED otherwise.' })
  postReview(@CurrentViewer() viewer: Viewer, @Args('input') input: PostReviewInput): Promise<Review> {
    return this.reviewService.post(viewer, input);
  }

  @Authenticated()
  @Guards(ReviewPolicy, 'read')
  @Query(() => Review, { description: 'One review by id: its author and brand managers only.' })
  review(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Review> {
    return this.reviewService.getVisible(id, viewer);
  }

  @ResolveField(() => Member, { description: 'Who wrote it, as everyone sees them now (with the badges the platform granted).' })
  async author(@Parent() review: Review, @Loaders() loaders: RequestLoaders): Promise<Member> {
    // Accounts are not deleted today; when trust and safety removes one, its reviews stay, unsigned.
    return (await this.members.load(loaders, review.accountId)) ?? { id: review.accountId, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt: review.createdAt };
  }

  @ResolveField(() => Product, { nullable: true, description: 'The product reviewed, when the viewer may see it.' })
  async product(@Parent() review: Review, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<Product | null> {
    const product = await loaders
      .get<string, Product | null>('reviews.productById', async (ids) => oneByKey(ids, await this.products.findByIds(ids), (p) => p.id))
      .load(review.productId);
    return product && ProductPolicy.can(viewer, 'read', product) ? product : null;
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
  reviews(@Parent() product: Product, @Args() args: ReviewsArgs, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<ReviewConnection> {
    return this.reviewService.forProduct(loaders, product, viewer, args.first, args.after);
  }

  @Public()
  @ResolveField(() => ReviewEligibility, { description: 'Whether the viewer may review it now (postReview would take it), or why not.' })
  reviewEligibility(@Parent() product: Product, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<ReviewEligibility> {
    return this.reviewService.eligibility(loaders, product, viewer);
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'True when the signed-in viewer bought it (a paid order) and has not reviewed it yet.' })
  async viewerCanReview(@Parent() product: Product, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<boolean> {
    return (await this.reviewService.eligibility(loaders, product, viewer)) === ReviewEligibility.CAN_REVIEW;
  }
}

/** A member's reviews on their public profile: those of products the viewer may see. */
@Resolver(() => Member)
export class MemberReviewsResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @ResolveField(() => ReviewConnection, { description: 'Newest first; reviews of products the viewer may see.' })
  reviews(@Parent() member: Member, @Args() args: ReviewsArgs, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<ReviewConnection> {
    return this.reviewService.byAuthor(loaders, member.id, viewer, args.first, args.after);
  }
}
