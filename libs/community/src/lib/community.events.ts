import { AnswerEvents } from './advice/advice.events';
import { BuildEvents } from './builds/build.events';
import { ContributionEvents } from './contribution/contribution.events';
import { InteractionEventGroups } from './interactions/interactions.events';
import { RouteEvents } from './routes/route.events';
import { GuideEvents } from './guides/guides.events';

/**
 * Every event group of the community domain, for the app's event catalog. A feature with events of its
 * own (builds, routes, …) declares them in its folder and adds its group here.
 */
export const CommunityEventGroups = [ContributionEvents, BuildEvents, GuideEvents, AnswerEvents, ...InteractionEventGroups, RouteEvents];
