import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Public, renderMarkdown, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { MemberPolicy } from '../accounts.policies';
import { UpdateProfileInput } from './dto/update-profile.input';
import { MemberService } from './member.service';
import { Badge, Member } from './member.types';

@Resolver(() => Member)
export class MemberResolver {
  constructor(private readonly members: MemberService) {}

  @Public()
  @Guards(MemberPolicy, 'read')
  @Query(() => Member, { nullable: true, description: 'A member’s public profile, or null when there is none.' })
  member(@IdArg('id') id: string, @CurrentViewer() viewer?: Viewer): Promise<Member | null> {
    return this.members.find(viewer, id);
  }

  @Authenticated()
  @Mutation(() => Member, { description: 'Change your own display name or bio.' })
  updateMyProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<Member> {
    return this.members.updateProfile(viewer, input);
  }

  @Authenticated()
  @Mutation(() => Member, { description: 'Remove your own picture (set one with POST /uploads/avatar).' })
  removeMyAvatar(@CurrentViewer() viewer: Viewer): Promise<Member> {
    return this.members.removeAvatar(viewer);
  }

  @ResolveField(() => String, { nullable: true, description: 'The bio rendered from Markdown and sanitised: links, emphasis, lists; no images or raw HTML.' })
  bioHtml(@Parent() member: Member): string | null {
    return member.bio ? renderMarkdown(member.bio) : null;
  }

  @ResolveField(() => [Badge], { description: 'Granted by the platform only; shown next to the name wherever it appears.' })
  badges(@Parent() member: Member, @Loaders() loaders: RequestLoaders): Promise<Badge[]> {
    return this.members.badgesOf(loaders, member.id);
  }
}
