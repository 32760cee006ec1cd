import { ContributionEvents } from './contribution/contribution.events';
import { GuideEvents } from './guides/guides.events';

/**
 * Every event group of the community domain, for the app's event catalog. A feature with events of its
 * own (builds, routes, …) declares them in its folder and adds its group here.
 */
export const CommunityEventGroups = [ContributionEvents, GuideEvents];
