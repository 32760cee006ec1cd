export { ListingReviewQueue as Component } from '@/features/listings/components/ListingReviewQueue';
