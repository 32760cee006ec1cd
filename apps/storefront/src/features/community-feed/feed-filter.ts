import type { ContributionKind, FeedScope } from '@/gql/graphql';
import type { FeedFilter } from './queries';

/** The feed's tabs, as the `?sort=` of its address (LATEST has none). */
export const SCOPE_PARAM: Record<FeedScope, string | null> = { LATEST: null, TRENDING: 'trending', FOLLOWING: 'following' };

const KINDS: readonly ContributionKind[] = ['BUILD', 'ROUTE', 'GUIDE', 'QUESTION', 'PROJECT_UPDATE'];

/**
 * What the address asks the feed for: `?sort=trending|following`, `?kind=BUILD` (the home's filter
 * chips; a listing page fixes its kind) and `?tag=gravel`. Anything unknown falls back to the default,
 * so an old or mistyped link still shows a feed. Used by the page and by the server's prefetch alike.
 */
export function feedFilterOf(searchParams: URLSearchParams, fixedKind: ContributionKind | null = null): FeedFilter {
  const sort = searchParams.get('sort');
  const scope = (Object.keys(SCOPE_PARAM) as FeedScope[]).find((key) => SCOPE_PARAM[key] === sort) ?? 'LATEST';
  const kindParam = searchParams.get('kind')?.toUpperCase();
  const kind = fixedKind ?? KINDS.find((k) => k === kindParam) ?? null;
  const tag = searchParams.get('tag')?.trim().replace(/^#+/, '').toLowerCase().slice(0, 30) || null;
  return { scope, kind, tag };
}

/** The address of the feed with `change` applied (the other parameters kept). */
export function feedSearch(searchParams: URLSearchParams, change: Partial<Record<'sort' | 'kind' | 'tag', string | null>>): string {
  const next = new URLSearchParams(searchParams);
  for (const [key, value] of Object.entries(change)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const query = next.toString();
  return query ? `?${query}` : '';
}
