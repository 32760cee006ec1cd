export { ReviewsModule } from './lib/reviews.module';
export { Review } from './lib/review.entity';
export { PURCHASE_REQUIRED, ReviewService } from './lib/review.service';
export { ReviewEligibility } from './lib/review-eligibility';
export { ReviewEvents } from './lib/reviews.events';
export { ReviewPolicy } from './lib/review.policy';
import { Review } from './lib/review.entity';
import { CreateReviews1763900000800 } from './migrations/1763900000800-create-reviews';
import { DropReviewAuthorName1764700000800 } from './migrations/1764700000800-drop-review-author-name';

export const reviewsEntities = [Review];
export const reviewsMigrations = [CreateReviews1763900000800, DropReviewAuthorName1764700000800];
