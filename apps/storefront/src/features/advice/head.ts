import type { AdvicePostQuery } from '@/gql/graphql';
import { summarise, type PageHead, type SiteInfo } from '@/lib/head';
import { contributionPath, KIND_LABEL } from '@/lib/community';

/** A question or progress post: its title and first words for previews; 404 when there is none (or not of this kind). */
export function advicePostHead(data: AdvicePostQuery | undefined, kind: 'QUESTION' | 'PROJECT_UPDATE', site: SiteInfo): PageHead {
  const post = data?.contribution;
  if (!post || post.kind !== kind) return { title: `${KIND_LABEL[kind].one} not found`, status: 404, noindex: true };
  const cover = post.photos[0]?.image;
  return {
    title: post.title,
    description: post.excerpt ? summarise(post.excerpt) : `${KIND_LABEL[kind].one} by ${post.author.displayName} on ${site.name}.`,
    canonicalPath: contributionPath(kind, post.id),
    image: cover ? { url: cover.url, alt: cover.alt } : undefined,
    noindex: post.status !== 'PUBLISHED' ? true : undefined,
  };
}
