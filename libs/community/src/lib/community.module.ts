import { Module } from '@nestjs/common';
import { AccountsModule } from '@flagship/accounts';
import { CatalogModule } from '@flagship/catalog';
import { BuildExpiryJob } from './builds/build-expiry.job';
import { BuildFieldsResolver, BuildPartResolver, BuildResolver } from './builds/build.resolver';
import { BuildService } from './builds/build.service';
import { ContributionResolver } from './contribution/contribution.resolver';
import { ContributionService } from './contribution/contribution.service';

/**
 * The community (crowdsending): what members share (builds, routes, guides, questions, progress posts)
 * and how others take part (comments, reactions, follows, collections, the feed). One module; features
 * are folders (decision 0026).
 */
@Module({
  imports: [AccountsModule, CatalogModule],
  providers: [ContributionService, ContributionResolver, BuildService, BuildResolver, BuildFieldsResolver, BuildPartResolver, BuildExpiryJob],
  exports: [ContributionService, BuildService],
})
export class CommunityModule {}
