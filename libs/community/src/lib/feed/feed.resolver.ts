import { Args, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentViewer, Loaders, Public, selectedFields, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Member } from '@flagship/accounts';
import { ContributionConnection } from '../contribution/contribution.resolver';
import { FeedService } from './feed.service';
import { CommunityFeedArgs, ContributionPageArgs } from './feed.types';

type ContributionConnection = InstanceType<typeof ContributionConnection>;

@Resolver()
export class FeedResolver {
  constructor(private readonly feed: FeedService) {}

  @Public()
  @Query(() => ContributionConnection, {
    description: 'Published contributions, a page at a time: LATEST, TRENDING (time-decayed engagement) or FOLLOWING (signed in), optionally of one kind or tag.',
  })
  async communityFeed(
    @Args() args: CommunityFeedArgs,
    @Loaders() loaders: RequestLoaders,
    @Info() info: GraphQLResolveInfo,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<ContributionConnection> {
    const page = await this.feed.page(viewer, args);
    await this.feed.withRelations(loaders, page.nodes, selectedFields(info, ['nodes']));
    return page;
  }
}

/** A member's published contributions, on their public profile. */
@Resolver(() => Member)
export class MemberContributionsResolver {
  constructor(private readonly feed: FeedService) {}

  @ResolveField(() => ContributionConnection, { description: 'Their published contributions, newest first.' })
  contributions(@Parent() member: Member, @Args() args: ContributionPageArgs, @Loaders() loaders: RequestLoaders): Promise<ContributionConnection> {
    return this.feed.byAuthor(loaders, member.id, args);
  }
}
