import type { ContributionKind } from '@/gql/graphql';
import type { PageHead, SiteInfo } from '@/lib/head';
import { LISTINGS } from './listings';

const SECTION: Partial<Record<ContributionKind, string>> = { BUILD: 'builds', ROUTE: 'routes', GUIDE: 'guides', QUESTION: 'questions' };

/** The community home and each kind's listing. */
export function communityHead(kind: ContributionKind | null, site: SiteInfo): PageHead {
  if (!kind) {
    return {
      title: 'Community',
      description: `Builds, routes, repair guides and answers from riders on ${site.name}.`,
      canonicalPath: '/community',
    };
  }
  return { title: `${LISTINGS[kind].title} · Community`, description: LISTINGS[kind].description, canonicalPath: `/community/${SECTION[kind] ?? ''}` };
}
