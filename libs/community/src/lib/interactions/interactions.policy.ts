import { anyOf, definePolicy, isAccount, resourceIs } from '@flagship/api-core';
import type { Collection } from './collection.entity';
import type { Comment } from './comment.entity';

/** A comment is changed (edited, deleted) by its author only; others get NOT_FOUND. */
export const CommentPolicy = definePolicy('comment', {
  noun: 'Comment',
  refuseAs: 'NOT_FOUND',
  rules: {
    update: isAccount((comment: Pick<Comment, 'authorId'>) => comment.authorId, 'its author'),
  },
});

const isOwner = isAccount((collection: Pick<Collection, 'ownerId' | 'isPublic'>) => collection.ownerId, 'its owner');

/** Saved collections are their owner's; a public one may be read by anyone (NOT_FOUND otherwise). */
export const CollectionPolicy = definePolicy('collection', {
  noun: 'Collection',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(isOwner, resourceIs((collection: Pick<Collection, 'ownerId' | 'isPublic'>) => collection.isPublic, 'public')),
    manage: isOwner,
  },
});
