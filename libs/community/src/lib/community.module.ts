import { Module } from '@nestjs/common';
import { AccountsModule } from '@flagship/accounts';
import { CatalogModule } from '@flagship/catalog';
import { AdviceResolver, AnswerResolver, CategoryExpertResolver, ProductQuestionsResolver } from './advice/advice.resolver';
import { AdviceService } from './advice/advice.service';
import { BuildExpiryJob } from './builds/build-expiry.job';
import { BuildFieldsResolver, BuildPartResolver, BuildResolver } from './builds/build.resolver';
import { BuildService } from './builds/build.service';
import { ContributionResolver } from './contribution/contribution.resolver';
import { ContributionService } from './contribution/contribution.service';
import { FeedResolver, MemberContributionsResolver } from './feed/feed.resolver';
import { FeedService } from './feed/feed.service';
import { interactionProviders, interactionServices } from './interactions/interactions.providers';
import { RouteFilesController, RouteService, routeProviders } from './routes';
import { GuideCompletionResolver, GuideContributionResolver, GuideItemResolver, GuideResolver, GuideStepResolver } from './guides/guide.resolver';
import { GuideService } from './guides/guide.service';

/**
 * The community (crowdsending): what members share (builds, routes, guides, questions, progress posts)
 * and how others take part (comments, reactions, follows, collections, the feed). One module; features
 * are folders (decision 0026).
 */
@Module({
  imports: [AccountsModule, CatalogModule],
  providers: [
    ContributionService,
    ContributionResolver,
    BuildService,
    BuildResolver,
    BuildFieldsResolver,
    BuildPartResolver,
    BuildExpiryJob,
    AdviceService,
    AdviceResolver,
    AnswerResolver,
    ProductQuestionsResolver,
    CategoryExpertResolver,
    FeedService,
    FeedResolver,
    MemberContributionsResolver,
    ...interactionProviders,
    ...routeProviders,
    GuideService,
    GuideContributionResolver,
    GuideResolver,
    GuideStepResolver,
    GuideItemResolver,
    GuideCompletionResolver,
  ],
  controllers: [RouteFilesController],
  exports: [ContributionService, BuildService, GuideService, AdviceService, ...interactionServices, RouteService],
})
export class CommunityModule {}
