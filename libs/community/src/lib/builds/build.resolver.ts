import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Public, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Product, ProductPolicy, ProductVariant } from '@flagship/catalog';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionPolicy } from '../contribution/contribution.policy';
import { ContributionStatus } from '../contribution/contribution.types';
import { BuildPart } from './build-part.entity';
import { BuildSupportStage } from './build-support-stage.entity';
import { Build } from './build.entity';
import { BuildPolicy } from './build.policy';
import { BuildService } from './build.service';
import { BuildState } from './build.types';
import { AcceptBuildInput, CreateBuildInput, DeclineBuildInput, SetBuildSupportStagesInput, UpdateBuildInput } from './dto/build.inputs';

/** A build as the API serves it: its row with its contribution, whose support count and author it reads. */
type ServedBuild = Build & { contribution: Contribution };

/** Builds' mutations and queries, and `Contribution.build`. Thin: the rules are BuildService's. */
@Resolver(() => Contribution)
export class BuildResolver {
  constructor(private readonly builds: BuildService) {}

  @Authenticated()
  @Guards(ProductPolicy, 'buy')
  @Mutation(() => Contribution, { description: 'Share a build: a draft unless `publish`; publishing opens its first support stage.' })
  createBuild(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateBuildInput): Promise<Contribution> {
    return this.builds.create(viewer, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'update')
  @Guards(ProductPolicy, 'buy')
  @Mutation(() => Contribution, { description: 'Change your build; `parts` replaces the whole list.' })
  updateBuild(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateBuildInput): Promise<Contribution> {
    return this.builds.update(viewer, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Guards(BuildPolicy, 'support')
  @Mutation(() => Contribution, { description: 'Support someone else’s published build (once; again changes nothing).' })
  supportBuild(@CurrentViewer() viewer: Viewer, @IdArg('buildId') buildId: string): Promise<Contribution> {
    return this.builds.support(viewer, buildId);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Guards(BuildPolicy, 'support')
  @Mutation(() => Contribution, { description: 'Take your support back while the build still collects it.' })
  withdrawBuildSupport(@CurrentViewer() viewer: Viewer, @IdArg('buildId') buildId: string): Promise<Contribution> {
    return this.builds.withdraw(viewer, buildId);
  }

  @Authenticated()
  @Guards(BuildPolicy, 'review')
  @Query(() => [Contribution], { description: 'Builds that cleared their last stage, waiting for the brand (longest waiting first).' })
  buildReviewQueue(@CurrentViewer() viewer: Viewer): Promise<Contribution[]> {
    return this.builds.reviewQueue(viewer);
  }

  @Authenticated()
  @Guards(BuildPolicy, 'review')
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => Contribution, { description: 'Accept a build in review: a draft product is made from it and the creator’s royalty recorded.' })
  acceptBuild(@CurrentViewer() viewer: Viewer, @Args('input') input: AcceptBuildInput): Promise<Contribution> {
    return this.builds.accept(viewer, input);
  }

  @Authenticated()
  @Guards(BuildPolicy, 'review')
  @Mutation(() => Contribution, { description: 'Decline a build in review, with the reason its creator will read.' })
  declineBuild(@CurrentViewer() viewer: Viewer, @Args('input') input: DeclineBuildInput): Promise<Contribution> {
    return this.builds.decline(viewer, input);
  }

  @Public()
  @Query(() => [BuildSupportStage], { description: 'The support stages every build goes through, in order.' })
  buildSupportStages(): Promise<BuildSupportStage[]> {
    return this.builds.stages();
  }

  @Authenticated()
  @Guards(BuildPolicy, 'review')
  @Mutation(() => [BuildSupportStage], { description: 'Replace the support stages (builds keep the deadline they have).' })
  setBuildSupportStages(@CurrentViewer() viewer: Viewer, @Args('input') input: SetBuildSupportStagesInput): Promise<BuildSupportStage[]> {
    return this.builds.setStages(viewer, input.stages);
  }

  @ResolveField(() => Build, { nullable: true, description: 'A build’s parts, support stages and the brand’s decision; null for other kinds.' })
  async build(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<ServedBuild | null> {
    const build = await this.builds.load(loaders, contribution.id);
    return build && Object.assign(new Build(), build, { contribution });
  }
}

@Resolver(() => Build)
export class BuildFieldsResolver {
  constructor(private readonly builds: BuildService) {}

  @ResolveField(() => ID, { description: 'The contribution’s id.' })
  id(@Parent() build: ServedBuild): string {
    return build.contributionId;
  }

  @ResolveField(() => Int)
  supporters(@Parent() build: ServedBuild): number {
    return build.contribution.supportCount;
  }

  @ResolveField(() => Int, { description: 'The current stage, from 1 (the last one once it left the stages).' })
  async stageNumber(@Parent() build: ServedBuild, @Loaders() loaders: RequestLoaders): Promise<number> {
    const stages = await this.builds.loadStages(loaders);
    return Math.min(build.stage + 1, Math.max(stages.length, 1));
  }

  @ResolveField(() => Int)
  async stageCount(@Loaders() loaders: RequestLoaders): Promise<number> {
    return (await this.builds.loadStages(loaders)).length;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Supporters needed in total by `stageDeadline`; null once it left the stages.' })
  async stageTarget(@Parent() build: ServedBuild, @Loaders() loaders: RequestLoaders): Promise<number | null> {
    if (build.state !== BuildState.SUPPORTING) return null;
    return (await this.builds.loadStages(loaders))[build.stage]?.supporters ?? null;
  }

  @ResolveField(() => Boolean)
  viewerSupports(@Parent() build: ServedBuild, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return this.builds.viewerSupports(loaders, viewer, build.contributionId);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer may support it now: signed in, not its author, published and collecting.' })
  viewerCanSupport(@Parent() build: ServedBuild, @CurrentViewer() viewer: Viewer | undefined): boolean {
    const open = build.state === BuildState.SUPPORTING && !!build.stageDeadline && build.contribution.status === ContributionStatus.PUBLISHED;
    return open && BuildPolicy.can(viewer, 'support', build.contribution);
  }

  @ResolveField(() => [BuildPart])
  parts(@Parent() build: ServedBuild, @Loaders() loaders: RequestLoaders): Promise<BuildPart[]> {
    return this.builds.parts(loaders, build.contributionId);
  }

  @ResolveField(() => Product, { nullable: true, description: 'The draft product made from it on acceptance (brand managers see it).' })
  product(@Parent() build: ServedBuild, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<Product | null> | null {
    return build.productId ? this.builds.product(loaders, viewer, build.productId) : null;
  }
}

@Resolver(() => BuildPart)
export class BuildPartResolver {
  constructor(private readonly builds: BuildService) {}

  @ResolveField(() => ProductVariant, { nullable: true, description: 'The catalog variant, while its product is in the shop.' })
  variant(@Parent() part: BuildPart, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<ProductVariant | null> | null {
    return part.variantId ? this.builds.partVariant(loaders, viewer, part.variantId) : null;
  }

  @ResolveField(() => Product, { nullable: true, description: 'The variant’s product (for its page and picture).' })
  async product(@Parent() part: BuildPart, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<Product | null> {
    if (!part.variantId) return null;
    return (await this.builds.partVariant(loaders, viewer, part.variantId))?.product ?? null;
  }
}
