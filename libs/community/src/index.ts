export { CommunityModule } from './lib/community.module';
export { CommunityEventGroups } from './lib/community.events';
export { Contribution } from './lib/contribution/contribution.entity';
export { ContributionKind, ContributionStatus } from './lib/contribution/contribution.types';
export { ContributionService } from './lib/contribution/contribution.service';
export { ContributionPolicy } from './lib/contribution/contribution.policy';
export { generateGpx, generateTrack, writeGpx, type GenerateGpxOptions } from './lib/routes/gpx';
export { AdviceService } from './lib/advice/advice.service';
export { AdvicePolicy } from './lib/advice/advice.policy';
export { CommentService, ReactionService, FollowService, CollectionService, ReactionKind } from './lib/interactions/interactions.providers';

import { Answer } from './lib/advice/answer.entity';
import { CategoryExpert } from './lib/advice/category-expert.entity';
import { Contribution } from './lib/contribution/contribution.entity';
import { ContributionPhoto } from './lib/contribution/contribution-photo.entity';
import { Follow } from './lib/follow/follow.entity';
import { ProjectUpdate } from './lib/advice/project-update.entity';
import { interactionEntities } from './lib/interactions/interactions.providers';
import { AddContributionHotScore1765000000800 } from './migrations/1765000000800-add-contribution-hot-score';
import { CreateAdvice1765000000600 } from './migrations/1765000000600-create-advice';
import { CreateContribution1765000000010 } from './migrations/1765000000010-create-contribution';
import { CreateFollow1765000000020 } from './migrations/1765000000020-create-follow';
import { CreateInteractions1765000000700 } from './migrations/1765000000700-create-interactions';

export const communityEntities = [Contribution, ContributionPhoto, Follow, Answer, CategoryExpert, ProjectUpdate, ...interactionEntities];
export const communityMigrations = [CreateContribution1765000000010, CreateFollow1765000000020, CreateAdvice1765000000600, CreateInteractions1765000000700, AddContributionHotScore1765000000800];
