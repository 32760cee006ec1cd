import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { GuideProductChoicesQuery, GuideQuery } from './graphql/guides';

/** Every query key of the guides feature, with the request behind it. */
export const guideQueries = {
  all: ['guides'] as const,
  /** A guide with its steps, tools, parts and "I made this" posts (the page, and the editor's start). */
  detail: (id: string) => queryOptions({ queryKey: [...guideQueries.all, 'detail', id], queryFn: () => request(GuideQuery, { id }) }),
  /** The shop's products and variants, for linking tools and parts. */
  productChoices: () => queryOptions({ queryKey: [...guideQueries.all, 'product-choices'], queryFn: () => request(GuideProductChoicesQuery), staleTime: 5 * 60_000 }),
};
