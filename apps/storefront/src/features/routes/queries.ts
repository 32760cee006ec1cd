import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { PrivacyZonesQuery, RouteImportQuery, RoutePageQuery } from './graphql/routes';

/** Every query key of the routes feature, with the request behind it. */
export const routeQueries = {
  all: ['routes'] as const,
  /** A route's page: what the viewer may see of its track, stats and leaderboard. */
  route: (id: string) => queryOptions({ queryKey: [...routeQueries.all, 'route', id], queryFn: () => request(RoutePageQuery, { id }) }),
  /** An upload being read: polled every second until it is DONE or FAILED. */
  upload: (id: string) =>
    queryOptions({
      queryKey: [...routeQueries.all, 'import', id],
      queryFn: () => request(RouteImportQuery, { id }),
      refetchInterval: (query) => (['DONE', 'FAILED'].includes(query.state.data?.routeImport.status ?? '') ? false : 1000),
    }),
  privacyZones: () => queryOptions({ queryKey: [...routeQueries.all, 'privacy-zones'], queryFn: () => request(PrivacyZonesQuery) }),
};
