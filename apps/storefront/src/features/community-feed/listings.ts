import type { ContributionKind } from '@/gql/graphql';

export interface Listing {
  title: string;
  description: string;
  share: string;
  newPath: string;
}

/** Each kind's listing page: its heading, a line about it and its "Share a …" action. */
export const LISTINGS: Record<ContributionKind, Listing> = {
  BUILD: { title: 'Builds', description: 'Custom bikes riders put together. Support the ones you want to see in the shop.', share: 'Share a build', newPath: '/community/builds/new' },
  ROUTE: { title: 'Routes', description: 'Rides worth doing, from riders’ GPX tracks, with elevation and leaderboards.', share: 'Upload a route', newPath: '/community/routes/new' },
  GUIDE: { title: 'Guides', description: 'Step-by-step repairs and set-ups, with the tools and parts to do them.', share: 'Write a guide', newPath: '/community/guides/new' },
  QUESTION: { title: 'Questions', description: 'Ask riders and experts; the answer that helped is marked.', share: 'Ask a question', newPath: '/community/questions/new' },
  PROJECT_UPDATE: { title: 'Progress updates', description: 'Riders’ projects as they go.', share: 'Post an update', newPath: '/community/updates/new' },
};

/** The community home's invitations to share, one per kind. */
export const SHARE_ACTIONS: { to: string; label: string; hint: string }[] = [
  { to: '/community/builds/new', label: 'Share a build', hint: 'Your bike, its parts, its story' },
  { to: '/community/routes/new', label: 'Upload a route', hint: 'A GPX file of a ride you love' },
  { to: '/community/guides/new', label: 'Write a guide', hint: 'How you fixed or set it up' },
  { to: '/community/questions/new', label: 'Ask a question', hint: 'Riders and experts answer' },
];
