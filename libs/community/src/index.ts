export { CommunityModule } from './lib/community.module';
export { CommunityEventGroups } from './lib/community.events';
export { Contribution } from './lib/contribution/contribution.entity';
export { ContributionKind, ContributionStatus } from './lib/contribution/contribution.types';
export { ContributionService } from './lib/contribution/contribution.service';
export { ContributionPolicy } from './lib/contribution/contribution.policy';
export { GuideService, GuideDifficulty, GuideItemKind } from './lib/guides';

import { Follow } from './lib/follow/follow.entity';
import { ContributionPhoto } from './lib/contribution/contribution-photo.entity';
import { Contribution } from './lib/contribution/contribution.entity';
import { CreateContribution1765000000010 } from './migrations/1765000000010-create-contribution';
import { CreateFollow1765000000020 } from './migrations/1765000000020-create-follow';
import { guideEntities } from './lib/guides';
import { CreateGuides1765000000500 } from './migrations/1765000000500-create-guides';

export const communityEntities = [Contribution, ContributionPhoto, Follow, ...guideEntities];
export const communityMigrations = [CreateContribution1765000000010, CreateFollow1765000000020, CreateGuides1765000000500];
