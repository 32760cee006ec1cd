import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { ListingCategoriesQuery, ListingEditQuery, ListingReviewQueueQuery, SellerListingsQuery } from './graphql/listings';

/** Every query key of the listings feature, with the request behind it. */
export const listingQueries = {
  all: ['listings'] as const,
  seller: (vendorId: string) => queryOptions({ queryKey: [...listingQueries.all, 'seller', vendorId], queryFn: () => request(SellerListingsQuery, { vendorId, first: 30 }) }),
  edit: (productId: string) => queryOptions({ queryKey: [...listingQueries.all, 'edit', productId], queryFn: () => request(ListingEditQuery, { productId }) }),
  categories: () => queryOptions({ queryKey: [...listingQueries.all, 'categories'], queryFn: () => request(ListingCategoriesQuery), staleTime: 300_000 }),
  reviewQueue: () => queryOptions({ queryKey: [...listingQueries.all, 'review-queue'], queryFn: () => request(ListingReviewQueueQuery, { first: 30 }) }),
};
