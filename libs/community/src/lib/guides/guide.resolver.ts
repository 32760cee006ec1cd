import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Member, MemberService } from '@flagship/accounts';
import { Product, ProductPolicy, ProductVariant } from '@flagship/catalog';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionPolicy } from '../contribution/contribution.policy';
import { ContributionKind } from '../contribution/contribution.types';
import { ContributionPhotoItem } from '../contribution/dto/contribution.inputs';
import { CreateGuideInput, MarkGuideMadeInput, UpdateGuideInput } from './dto/guide.inputs';
import { GuideCompletionView, GuideItemView, GuideStepView, GuideView } from './dto/guide.objects';
import { GuideService } from './guide.service';
import { GuideItemKind } from './guide.types';

@Resolver(() => Contribution)
export class GuideContributionResolver {
  constructor(private readonly guides: GuideService) {}

  @Authenticated()
  // Its input names catalog variants (tools and parts): each must be one the writer may buy.
  @Guards(ProductPolicy, 'buy')
  @Mutation(() => Contribution, { description: 'Write a guide: steps, tools and parts; a draft unless `publish` (publishing needs a step).' })
  createGuide(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateGuideInput): Promise<Contribution> {
    return this.guides.create(viewer, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'update')
  @Mutation(() => Contribution, { description: 'Change your guide; steps, tools and parts given replace the old lists as a whole.' })
  updateGuide(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: UpdateGuideInput): Promise<Contribution> {
    return this.guides.update(viewer, id, input);
  }

  @ResolveField(() => GuideView, { nullable: true, description: 'The guide’s details, for a GUIDE; null for other kinds.' })
  guide(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<GuideView | null> | null {
    return contribution.kind === ContributionKind.GUIDE ? this.guides.guide(loaders, contribution.id) : null;
  }
}

@Resolver(() => GuideView)
export class GuideResolver {
  constructor(private readonly guides: GuideService) {}

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Mutation(() => GuideCompletionView, { description: '"I made this" with a photo: marks the guide done for you; posting again replaces your photo and note.' })
  markGuideMade(@CurrentViewer() viewer: Viewer, @Args('input') input: MarkGuideMadeInput): Promise<GuideCompletionView> {
    return this.guides.markMade(viewer, input);
  }

  @ResolveField(() => [GuideStepView], { description: 'The steps, in order.' })
  steps(@Parent() guide: GuideView, @Loaders() loaders: RequestLoaders): Promise<GuideStepView[]> {
    return this.guides.steps(loaders, guide.id);
  }

  @ResolveField(() => [GuideItemView], { description: 'Tools needed, in the author’s order.' })
  tools(@Parent() guide: GuideView, @Loaders() loaders: RequestLoaders): Promise<GuideItemView[]> {
    return this.guides.items(loaders, guide.id, GuideItemKind.TOOL);
  }

  @ResolveField(() => [GuideItemView], { description: 'Parts fitted, in the author’s order.' })
  parts(@Parent() guide: GuideView, @Loaders() loaders: RequestLoaders): Promise<GuideItemView[]> {
    return this.guides.items(loaders, guide.id, GuideItemKind.PART);
  }

  @ResolveField(() => [GuideCompletionView], { description: 'The newest "I made this" posts (up to 24).' })
  completions(@Parent() guide: GuideView, @Loaders() loaders: RequestLoaders): Promise<GuideCompletionView[]> {
    return this.guides.completions(loaders, guide.id);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer posted "I made this" here.' })
  viewerMadeIt(@Parent() guide: GuideView, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<boolean> {
    return this.guides.viewerMadeIt(loaders, viewer, guide.id);
  }
}

@Resolver(() => GuideStepView)
export class GuideStepResolver {
  constructor(private readonly guides: GuideService) {}

  @ResolveField(() => [ContributionPhotoItem], { description: 'The step’s photos, in order.' })
  photos(@Parent() step: GuideStepView, @Loaders() loaders: RequestLoaders): Promise<ContributionPhotoItem[]> {
    return this.guides.stepPhotos(loaders, step.id);
  }
}

@Resolver(() => GuideItemView)
export class GuideItemResolver {
  constructor(private readonly guides: GuideService) {}

  @ResolveField(() => ProductVariant, { nullable: true, description: 'The catalog variant, while it is for sale; null for free text.' })
  async variant(@Parent() item: GuideItemView, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<ProductVariant | null> {
    return item.variantId ? ((await this.guides.sellable(loaders, viewer, item.variantId))?.variant ?? null) : null;
  }

  @ResolveField(() => Product, { nullable: true, description: 'The variant’s product (name, slug for its page), while it is for sale.' })
  async product(@Parent() item: GuideItemView, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<Product | null> {
    return item.variantId ? ((await this.guides.sellable(loaders, viewer, item.variantId))?.product ?? null) : null;
  }
}

@Resolver(() => GuideCompletionView)
export class GuideCompletionResolver {
  constructor(private readonly members: MemberService) {}

  @ResolveField(() => Member, { description: 'Who made it.' })
  async member(@Parent() completion: GuideCompletionView, @Loaders() loaders: RequestLoaders): Promise<Member> {
    return (await this.members.load(loaders, completion.memberId)) ?? { id: completion.memberId, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt: completion.createdAt };
  }
}
