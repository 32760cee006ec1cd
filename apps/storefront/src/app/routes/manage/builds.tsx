export { BuildReviewQueue as Component } from '@/features/builds/components/BuildReviewQueue';
