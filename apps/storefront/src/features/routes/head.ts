import type { RoutePageQuery } from '@/gql/graphql';
import { summarise, type PageHead, type SiteInfo } from '@/lib/head';

/** A route's page: its title, story and cover photo for previews; 404 when it cannot be shown. */
export function routeHead(data: RoutePageQuery | undefined, site: SiteInfo): PageHead {
  const contribution = data?.contribution;
  if (!contribution?.route) return { title: 'Route not found', status: 404, noindex: true };
  const km = (contribution.route.distanceM / 1000).toFixed(1);
  const cover = contribution.photos[0]?.image;
  return {
    title: contribution.title,
    description: contribution.excerpt ? summarise(contribution.excerpt) : `A ${km} km route by ${contribution.author.displayName} on ${site.name}.`,
    canonicalPath: `/community/routes/${encodeURIComponent(contribution.id)}`,
    image: cover ? { url: cover.url, alt: cover.alt } : undefined,
    noindex: contribution.status !== 'PUBLISHED',
  };
}
