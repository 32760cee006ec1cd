import { Module } from '@nestjs/common';
import { AccountsModule } from '@flagship/accounts';
import { CatalogModule } from '@flagship/catalog';
import { ContributionResolver } from './contribution/contribution.resolver';
import { ContributionService } from './contribution/contribution.service';
import { GuideCompletionResolver, GuideContributionResolver, GuideItemResolver, GuideResolver, GuideStepResolver } from './guides/guide.resolver';
import { GuideService } from './guides/guide.service';

/**
 * The community (crowdsending): what members share (builds, routes, guides, questions, progress posts)
 * and how others take part (comments, reactions, follows, collections, the feed). One module; features
 * are folders (decision 0026).
 */
@Module({
  imports: [AccountsModule, CatalogModule],
  providers: [ContributionService, ContributionResolver, GuideService, GuideContributionResolver, GuideResolver, GuideStepResolver, GuideItemResolver, GuideCompletionResolver],
  exports: [ContributionService, GuideService],
})
export class CommunityModule {}
