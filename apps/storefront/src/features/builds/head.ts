import type { BuildPageQuery } from '@/gql/graphql';
import { summarise, type PageHead, type SiteInfo } from '@/lib/head';

/** A build's title, story and cover for link previews; 404 when there is no such build (or it is a draft). */
export function buildHead(data: BuildPageQuery | undefined, site: SiteInfo): PageHead {
  const build = data?.contribution;
  if (!build?.build) return { title: 'Build not found', status: 404, noindex: true };
  const cover = build.photos[0]?.image;
  return {
    title: build.title,
    description: build.excerpt ? summarise(build.excerpt) : `A build by ${build.author.displayName} on ${site.name}.`,
    canonicalPath: `/community/builds/${encodeURIComponent(build.id)}`,
    image: cover ? { url: cover.url, alt: cover.alt } : undefined,
  };
}
