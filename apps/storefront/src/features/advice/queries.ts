import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { AdvicePostQuery, CategoryExpertsQuery, ProductQuestionsQuery, ProjectQuery } from './graphql/advice';

/** Every query key of the advice feature, with the request behind it. */
export const adviceQueries = {
  all: ['advice'] as const,
  /** A product's questions, five at a time ("Show more"). */
  productQuestions: (slug: string) =>
    infiniteQueryOptions({
      queryKey: [...adviceQueries.all, 'product', slug],
      queryFn: ({ pageParam }) => request(ProductQuestionsQuery, { slug, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => (page.product?.questions.pageInfo.hasNextPage ? page.product.questions.pageInfo.endCursor : undefined),
    }),
  /** A question or progress post with its answers. */
  post: (id: string) => queryOptions({ queryKey: [...adviceQueries.all, 'post', id], queryFn: () => request(AdvicePostQuery, { id }) }),
  project: (id: string) => queryOptions({ queryKey: [...adviceQueries.all, 'project', id], queryFn: () => request(ProjectQuery, { id }) }),
  experts: () => queryOptions({ queryKey: [...adviceQueries.all, 'experts'], queryFn: () => request(CategoryExpertsQuery) }),
};
