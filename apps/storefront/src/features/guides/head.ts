import type { GuideQuery } from '@/gql/graphql';
import type { PageHead, SiteInfo } from '@/lib/head';

/** A guide's page: its title, excerpt and cover for previews; 404 when there is no such (visible) guide. */
export function guideHead(data: GuideQuery | undefined, site: SiteInfo): PageHead {
  const guide = data?.contribution;
  if (!guide?.guide) return { title: 'Guide not found', status: 404, noindex: true };
  const cover = guide.photos[0]?.image ?? guide.guide.steps.flatMap((step) => step.photos)[0]?.image;
  return {
    title: guide.title,
    description: guide.excerpt || `A step-by-step guide by ${guide.author.displayName} on ${site.name}.`,
    canonicalPath: `/community/guides/${encodeURIComponent(guide.id)}`,
    image: cover ? { url: cover.url, alt: cover.alt, width: cover.width, height: cover.height } : undefined,
    noindex: guide.status !== 'PUBLISHED',
  };
}

/** "45 min", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

export const DIFFICULTY_LABEL = { EASY: 'Easy', MODERATE: 'Moderate', HARD: 'Hard' } as const;
