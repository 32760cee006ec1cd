import type { MemberProfileQuery } from '@/gql/graphql';
import { summarise, type PageHead, type SiteInfo } from '@/lib/head';

/** A member's public profile: their name, bio and picture for previews; 404 when there is no such member. */
export function memberHead(data: MemberProfileQuery | undefined, site: SiteInfo): PageHead {
  const member = data?.member;
  if (!member) return { title: 'Member not found', status: 404, noindex: true };
  return {
    title: member.displayName,
    description: member.bio ? summarise(member.bio) : `${member.displayName} on ${site.name}: badges and reviews.`,
    canonicalPath: `/members/${encodeURIComponent(member.id)}`,
    type: 'profile',
    image: member.avatarUrl ? { url: member.avatarUrl, alt: member.displayName } : undefined,
  };
}
