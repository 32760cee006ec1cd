export { CommunityModule } from './lib/community.module';
export { CommunityEventGroups } from './lib/community.events';
export { ContributionEvents } from './lib/contribution/contribution.events';
export { RouteEvents } from './lib/routes/route.events';
export { Contribution } from './lib/contribution/contribution.entity';
export { ContributionKind, ContributionStatus } from './lib/contribution/contribution.types';
export { ContributionService } from './lib/contribution/contribution.service';
export { ContributionPolicy } from './lib/contribution/contribution.policy';
export { RouteImportService, RouteService, sampleGpx, sampleTrack } from './lib/routes';

import { Follow } from './lib/follow/follow.entity';
import { ContributionPhoto } from './lib/contribution/contribution-photo.entity';
import { Contribution } from './lib/contribution/contribution.entity';
import { CreateContribution1765000000010 } from './migrations/1765000000010-create-contribution';
import { CreateFollow1765000000020 } from './migrations/1765000000020-create-follow';
import { routeEntities, CreateRoutes1765000000400 } from './lib/routes';

export const communityEntities = [Contribution, ContributionPhoto, Follow, ...routeEntities];
export const communityMigrations = [CreateContribution1765000000010, CreateFollow1765000000020, CreateRoutes1765000000400];
