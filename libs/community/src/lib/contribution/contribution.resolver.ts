import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, CurrentViewer, Guards, IdArg, Loaders, Prefetchable, Public, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Member, MemberService } from '@flagship/accounts';
import { Contribution } from './contribution.entity';
import { ContributionPolicy } from './contribution.policy';
import { ContributionService } from './contribution.service';
import { ContributionPhotoItem } from './dto/contribution.inputs';

export const ContributionConnection = ConnectionType(Contribution, 'ContributionConnection');

@Resolver(() => Contribution)
export class ContributionResolver {
  constructor(
    private readonly contributions: ContributionService,
    private readonly members: MemberService,
  ) {}

  @Public()
  @Guards(ContributionPolicy, 'read')
  @Query(() => Contribution, { description: 'One contribution of any kind: published ones for everyone, drafts for their author.' })
  contribution(@IdArg('id') id: string, @CurrentViewer() viewer?: Viewer): Promise<Contribution> {
    return this.contributions.getVisible(viewer, id);
  }

  @Prefetchable()
  @ResolveField(() => Member, { description: 'Who shared it, as everyone sees them.' })
  async author(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<Member> {
    return (await this.members.load(loaders, contribution.authorId)) ?? { id: contribution.authorId, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt: contribution.createdAt };
  }

  @ResolveField(() => [ContributionPhotoItem], { description: 'Its photos in the author’s order; the first is the cover.' })
  photos(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<ContributionPhotoItem[]> {
    return this.contributions.photos(loaders, contribution.id);
  }

  @Prefetchable()
  @ResolveField(() => ContributionPhotoItem, { nullable: true, description: 'The first photo, for cards.' })
  async cover(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<ContributionPhotoItem | null> {
    return (await this.contributions.photos(loaders, contribution.id))[0] ?? null;
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer wrote it and may edit it.' })
  viewerCanEdit(@Parent() contribution: Contribution, @CurrentViewer() viewer?: Viewer): boolean {
    return ContributionPolicy.can(viewer, 'update', contribution) && contribution.status !== 'REMOVED';
  }
}
