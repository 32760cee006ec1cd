/**
 * Where each kind of contribution lives in the storefront, for links from anywhere (feed cards,
 * profiles, notifications later). The kinds are the API's `ContributionKind`.
 */
export type ContributionKindName = 'BUILD' | 'ROUTE' | 'GUIDE' | 'QUESTION' | 'PROJECT_UPDATE';

const SECTION: Record<ContributionKindName, string> = {
  BUILD: 'builds',
  ROUTE: 'routes',
  GUIDE: 'guides',
  QUESTION: 'questions',
  PROJECT_UPDATE: 'updates',
};

/** `/community/builds/<id>`, `/community/routes/<id>`, … */
export function contributionPath(kind: ContributionKindName, id: string): string {
  return `/community/${SECTION[kind]}/${id}`;
}

/** `/community/builds/<id>/edit`, … */
export function editContributionPath(kind: ContributionKindName, id: string): string {
  return `${contributionPath(kind, id)}/edit`;
}

/** What each kind is called, for labels and badges. */
export const KIND_LABEL: Record<ContributionKindName, { one: string; many: string }> = {
  BUILD: { one: 'Build', many: 'Builds' },
  ROUTE: { one: 'Route', many: 'Routes' },
  GUIDE: { one: 'Guide', many: 'Guides' },
  QUESTION: { one: 'Question', many: 'Questions' },
  PROJECT_UPDATE: { one: 'Progress update', many: 'Progress updates' },
};

/** The community's sections, for the navigation: the feed and one listing per kind. */
export const COMMUNITY_SECTIONS: { to: string; label: string }[] = [
  { to: '/community', label: 'Community feed' },
  { to: '/community/builds', label: 'Builds' },
  { to: '/community/routes', label: 'Routes' },
  { to: '/community/guides', label: 'Guides' },
  { to: '/community/questions', label: 'Questions' },
];
