import { defineEvents, z } from '@flagship/events';
import { ReactionKind } from './interactions.types';

/** How members take part in each other's contributions (issue 10: commented, reacted, followed). */
export const CommentEvents = defineEvents('comment', {
  posted: {
    name: 'comment.posted',
    version: 1,
    recordedWhen: 'a member comments on a published contribution, or replies to a comment on it (parentId: the thread it joins)',
    actor: 'commenter',
    subject: 'comment',
    payload: { contributionId: z.uuid(), parentId: z.uuid().optional() },
  },
});

export const ReactionEvents = defineEvents('reaction', {
  added: {
    name: 'reaction.added',
    version: 1,
    recordedWhen: 'a member reacts to a published contribution (like, applaud, …), once per kind',
    actor: 'member',
    subject: 'contribution',
    payload: { kind: z.enum(ReactionKind) },
  },
});

export const FollowEvents = defineEvents('follow', {
  started: {
    name: 'follow.started',
    version: 1,
    recordedWhen: 'a member starts following another member or a contribution',
    actor: 'follower',
    subject: 'member or contribution (payload.target says which)',
    payload: { target: z.enum(['MEMBER', 'CONTRIBUTION']) },
  },
});

export const CollectionEvents = defineEvents('collection', {
  item_saved: {
    name: 'collection.item_saved',
    version: 1,
    recordedWhen: 'a member saves a contribution to one of their collections',
    actor: 'owner',
    subject: 'contribution',
    payload: { collectionId: z.uuid() },
  },
});

export const InteractionEventGroups = [CommentEvents, ReactionEvents, FollowEvents, CollectionEvents];
