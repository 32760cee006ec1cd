import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { CollectionQuery, ContributionActivityQuery, ContributionPreviewQuery, MemberFollowQuery, MyCollectionsQuery } from './graphql/interactions';

/** Top-level comments per page; replies come with their comment. */
export const COMMENTS_PAGE_SIZE = 20;

/** Every query key of comments, reactions, follows and collections, with the request behind it. */
export const interactionQueries = {
  all: ['interactions'] as const,
  /** A contribution's reactions, the viewer's follow and save, and its comment threads, page by page. */
  activity: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...interactionQueries.all, 'activity', id],
      queryFn: ({ pageParam }) => request(ContributionActivityQuery, { id, first: COMMENTS_PAGE_SIZE, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => (page.contribution.comments.pageInfo.hasNextPage ? page.contribution.comments.pageInfo.endCursor : null),
    }),
  /** Any contribution's shared part, for the generic page (`/community/contributions/:id`). */
  preview: (id: string) => queryOptions({ queryKey: [...interactionQueries.all, 'preview', id], queryFn: () => request(ContributionPreviewQuery, { id }) }),
  member: (id: string) => queryOptions({ queryKey: [...interactionQueries.all, 'member', id], queryFn: () => request(MemberFollowQuery, { id }) }),
  myCollections: () => queryOptions({ queryKey: [...interactionQueries.all, 'collections'], queryFn: () => request(MyCollectionsQuery) }),
  collection: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...interactionQueries.all, 'collection', id],
      queryFn: ({ pageParam }) => request(CollectionQuery, { id, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => (page.collection.items.pageInfo.hasNextPage ? page.collection.items.pageInfo.endCursor : null),
    }),
};
