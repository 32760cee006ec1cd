import { FollowService } from '../follow/follow.service';
import { Collection, CollectionItem } from './collection.entity';
import { CollectionService } from './collection.service';
import { Comment } from './comment.entity';
import { CommentService } from './comment.service';
import { CollectionResolver, CommentResolver, ContributionInteractionsResolver, MemberFollowResolver } from './interactions.resolver';
import { Reaction } from './reaction.entity';
import { ReactionService } from './reaction.service';

export { CollectionService, CommentService, FollowService, ReactionService };
export { ReactionKind } from './interactions.types';

/** What the interactions feature adds to CommunityModule (one line there keeps merges easy). */
export const interactionProviders = [
  CommentService,
  ReactionService,
  FollowService,
  CollectionService,
  CommentResolver,
  ContributionInteractionsResolver,
  MemberFollowResolver,
  CollectionResolver,
];

/** The services the demo (and later features) use. */
export const interactionServices = [CommentService, ReactionService, FollowService, CollectionService];

export const interactionEntities = [Comment, Reaction, Collection, CollectionItem];
