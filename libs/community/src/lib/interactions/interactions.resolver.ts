import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Public, UuidArgPipe, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Member, MemberPolicy, MemberService } from '@flagship/accounts';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionPolicy } from '../contribution/contribution.policy';
import { FollowService } from '../follow/follow.service';
import { Collection } from './collection.entity';
import { CollectionService } from './collection.service';
import { Comment } from './comment.entity';
import { CommentService } from './comment.service';
import { CollectionItemConnection, CommentConnection, CreateCollectionInput, EditCommentInput, PageArgs, PostCommentInput, ReactionCount, UpdateCollectionInput } from './dto/interactions.inputs';
import { CollectionPolicy, CommentPolicy } from './interactions.policy';
import { ReactionKind } from './interactions.types';
import { ReactionService } from './reaction.service';

const formerMember = (id: string, joinedAt: Date): Member => ({ id, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt });

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly members: MemberService,
  ) {}

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Mutation(() => Comment, { description: 'Comment on a published contribution, or reply to a comment on it (one level of replies).' })
  postComment(@CurrentViewer() viewer: Viewer, @Args('input') input: PostCommentInput): Promise<Comment> {
    return this.comments.post(viewer, input);
  }

  @Authenticated()
  @Guards(CommentPolicy, 'update')
  @Mutation(() => Comment, { description: 'Change the text of your own comment.' })
  editComment(@CurrentViewer() viewer: Viewer, @Args('input') input: EditCommentInput): Promise<Comment> {
    return this.comments.edit(viewer, input);
  }

  @Authenticated()
  @Guards(CommentPolicy, 'update')
  @Mutation(() => Comment, { description: 'Delete your own comment (its replies stay under an emptied placeholder).' })
  deleteComment(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Comment> {
    return this.comments.delete(viewer, id);
  }

  @ResolveField(() => Member, { description: 'Who wrote it, as everyone sees them now.' })
  async author(@Parent() comment: Comment, @Loaders() loaders: RequestLoaders): Promise<Member> {
    return (await this.members.load(loaders, comment.authorId)) ?? formerMember(comment.authorId, comment.createdAt);
  }

  @ResolveField(() => [Comment], { description: 'Visible replies to a top-level comment, oldest first; empty for a reply.' })
  replies(@Parent() comment: Comment, @Loaders() loaders: RequestLoaders): Promise<Comment[]> {
    return comment.parentId ? Promise.resolve([]) : this.comments.replies(loaders, comment.id);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer wrote it and may edit or delete it.' })
  viewerCanEdit(@Parent() comment: Comment, @CurrentViewer() viewer?: Viewer): boolean {
    return comment.status === 'VISIBLE' && CommentPolicy.can(viewer, 'update', comment);
  }
}

/** Comments, reactions, follows and saves as fields and mutations of a contribution. */
@Resolver(() => Contribution)
export class ContributionInteractionsResolver {
  constructor(
    private readonly commentService: CommentService,
    private readonly reactionService: ReactionService,
    private readonly follows: FollowService,
    private readonly collections: CollectionService,
  ) {}

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Mutation(() => Contribution, { description: 'React to a published contribution; each kind once.' })
  react(@CurrentViewer() viewer: Viewer, @IdArg('contributionId') contributionId: string, @Args('kind', { type: () => ReactionKind }) kind: ReactionKind): Promise<Contribution> {
    return this.reactionService.react(viewer, contributionId, kind);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Mutation(() => Contribution, { description: 'Take your reaction of that kind back.' })
  unreact(@CurrentViewer() viewer: Viewer, @IdArg('contributionId') contributionId: string, @Args('kind', { type: () => ReactionKind }) kind: ReactionKind): Promise<Contribution> {
    return this.reactionService.unreact(viewer, contributionId, kind);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Mutation(() => Contribution, { description: 'Follow a published contribution (a build, to see its progress in your feed).' })
  followContribution(@CurrentViewer() viewer: Viewer, @IdArg('contributionId') contributionId: string): Promise<Contribution> {
    return this.follows.followContribution(viewer, contributionId);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'read')
  @Mutation(() => Contribution, { description: 'Stop following a contribution.' })
  unfollowContribution(@CurrentViewer() viewer: Viewer, @IdArg('contributionId') contributionId: string): Promise<Contribution> {
    return this.follows.unfollowContribution(viewer, contributionId);
  }

  @Public()
  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first, each with its replies.' })
  comments(@Parent() contribution: Contribution, @Args() args: PageArgs, @Loaders() loaders: RequestLoaders): Promise<CommentConnection> {
    return this.commentService.thread(loaders, contribution.id, args.first, args.after);
  }

  @ResolveField(() => [ReactionCount], { description: 'Every reaction kind with how many gave it (0 included).' })
  reactions(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<ReactionCount[]> {
    return this.reactionService.counts(loaders, contribution.id);
  }

  @ResolveField(() => [ReactionKind], { description: 'The kinds of reaction the viewer gave it; empty for visitors.' })
  viewerReactions(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<ReactionKind[]> {
    return this.reactionService.viewerReactions(loaders, viewer, contribution.id);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer follows it.' })
  viewerFollows(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<boolean> {
    return this.follows.viewerFollows(loaders, viewer, 'contribution_id', contribution.id);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer saved it in one of their collections.' })
  viewerSaved(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<boolean> {
    return this.collections.viewerSaved(loaders, viewer, contribution.id);
  }
}

/** Following members, and their follower counts on profiles. */
@Resolver(() => Member)
export class MemberFollowResolver {
  constructor(private readonly follows: FollowService) {}

  @Authenticated()
  @Guards(MemberPolicy, 'read')
  @Mutation(() => Member, { description: 'Follow a member: their contributions show in your Following feed.' })
  followMember(@CurrentViewer() viewer: Viewer, @IdArg('memberId') memberId: string): Promise<Member> {
    return this.follows.followMember(viewer, memberId);
  }

  @Authenticated()
  @Guards(MemberPolicy, 'read')
  @Mutation(() => Member, { description: 'Stop following a member.' })
  unfollowMember(@CurrentViewer() viewer: Viewer, @IdArg('memberId') memberId: string): Promise<Member> {
    return this.follows.unfollowMember(viewer, memberId);
  }

  @ResolveField(() => Int, { description: 'How many members follow them.' })
  followerCount(@Parent() member: Member, @Loaders() loaders: RequestLoaders): Promise<number> {
    return this.follows.followerCount(loaders, member.id);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer follows them.' })
  viewerFollows(@Parent() member: Member, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<boolean> {
    return this.follows.viewerFollows(loaders, viewer, 'member_id', member.id);
  }
}

@Resolver(() => Collection)
export class CollectionResolver {
  constructor(
    private readonly collections: CollectionService,
    private readonly members: MemberService,
  ) {}

  @Authenticated()
  @Query(() => [Collection], { description: 'Your saved collections, "Saved" first.' })
  myCollections(@CurrentViewer() viewer: Viewer): Promise<Collection[]> {
    return this.collections.mine(viewer);
  }

  @Public()
  @Guards(CollectionPolicy, 'read')
  @Query(() => Collection, { description: 'One collection: its owner’s, or anyone’s when it is public.' })
  collection(@IdArg('id') id: string, @CurrentViewer() viewer?: Viewer): Promise<Collection> {
    return this.collections.get(viewer, id);
  }

  @Authenticated()
  @Mutation(() => Collection, { description: 'A new collection of yours, private unless `isPublic`.' })
  createCollection(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCollectionInput): Promise<Collection> {
    return this.collections.create(viewer, input);
  }

  @Authenticated()
  @Guards(CollectionPolicy, 'manage')
  @Mutation(() => Collection, { description: 'Rename your collection or make it public or private.' })
  updateCollection(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateCollectionInput): Promise<Collection> {
    return this.collections.update(viewer, input);
  }

  @Authenticated()
  @Guards(CollectionPolicy, 'manage')
  @Mutation(() => Collection, { description: 'Delete your collection (the contributions stay where they are).' })
  deleteCollection(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Collection> {
    return this.collections.delete(viewer, id);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Guards(CollectionPolicy, 'manage')
  @Mutation(() => Collection, { description: 'Save a published contribution in your collection, or in "Saved" when none is named.' })
  saveToCollection(
    @CurrentViewer() viewer: Viewer,
    @IdArg('contributionId') contributionId: string,
    @Args('collectionId', { type: () => ID, nullable: true }, new UuidArgPipe()) collectionId?: string,
  ): Promise<Collection> {
    return this.collections.save(viewer, contributionId, collectionId);
  }

  @Authenticated()
  @Guards(CollectionPolicy, 'manage')
  @Mutation(() => Collection, { description: 'Take a contribution out of your collection.' })
  removeFromCollection(@CurrentViewer() viewer: Viewer, @IdArg('collectionId') collectionId: string, @IdArg('contributionId') contributionId: string): Promise<Collection> {
    return this.collections.remove(viewer, collectionId, contributionId);
  }

  @ResolveField(() => Member, { description: 'Whose it is.' })
  async owner(@Parent() collection: Collection, @Loaders() loaders: RequestLoaders): Promise<Member> {
    return (await this.members.load(loaders, collection.ownerId)) ?? formerMember(collection.ownerId, collection.createdAt);
  }

  @ResolveField(() => Int, { description: 'How many contributions it holds (some may no longer be visible).' })
  itemCount(@Parent() collection: Collection, @Loaders() loaders: RequestLoaders): Promise<number> {
    return this.collections.itemCount(loaders, collection.id);
  }

  @Public()
  @ResolveField(() => CollectionItemConnection, { description: 'What it holds, last saved first: contributions the viewer may see.' })
  items(@Parent() collection: Collection, @Args() args: PageArgs, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<CollectionItemConnection> {
    return this.collections.items(loaders, viewer, collection.id, args.first, args.after);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer owns it.' })
  viewerIsOwner(@Parent() collection: Collection, @CurrentViewer() viewer?: Viewer): boolean {
    return CollectionPolicy.can(viewer, 'manage', collection);
  }
}
