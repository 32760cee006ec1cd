export { CommunityModule } from './lib/community.module';
export { CommunityEventGroups } from './lib/community.events';
export { Contribution } from './lib/contribution/contribution.entity';
export { ContributionKind, ContributionStatus } from './lib/contribution/contribution.types';
export { ContributionService } from './lib/contribution/contribution.service';
export { ContributionPolicy } from './lib/contribution/contribution.policy';
export { BuildService } from './lib/builds/build.service';
export { BuildExpiryJob, EXPIRE_BUILDS_JOB } from './lib/builds/build-expiry.job';
export { BuildState } from './lib/builds/build.types';

import { Follow } from './lib/follow/follow.entity';
import { Build } from './lib/builds/build.entity';
import { BuildPart } from './lib/builds/build-part.entity';
import { BuildSupport } from './lib/builds/build-support.entity';
import { BuildSupportStage } from './lib/builds/build-support-stage.entity';
import { CreateBuilds1765000000200 } from './migrations/1765000000200-create-builds';
import { ContributionPhoto } from './lib/contribution/contribution-photo.entity';
import { Contribution } from './lib/contribution/contribution.entity';
import { CreateContribution1765000000010 } from './migrations/1765000000010-create-contribution';
import { CreateFollow1765000000020 } from './migrations/1765000000020-create-follow';

export const communityEntities = [Contribution, ContributionPhoto, Follow, Build, BuildPart, BuildSupport, BuildSupportStage];
export const communityMigrations = [CreateContribution1765000000010, CreateFollow1765000000020, CreateBuilds1765000000200];
