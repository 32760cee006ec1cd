import { Role, anyOf, definePolicy, holdsRole, isAccount, resourceIs } from '@flagship/api-core';
import type { Contribution } from './contribution.entity';
import { ContributionStatus } from './contribution.types';

const isAuthor = isAccount((c: Pick<Contribution, 'authorId' | 'status'>) => c.authorId, 'its author');

/**
 * Who may see and change what members share. A draft or a removed contribution does not exist for
 * anyone but its author and brand managers (NOT_FOUND, revealing nothing).
 */
export const ContributionPolicy = definePolicy('contribution', {
  noun: 'Contribution',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(resourceIs((c: Pick<Contribution, 'authorId' | 'status'>) => c.status === ContributionStatus.PUBLISHED, 'published'), isAuthor, holdsRole(Role.BRAND_MANAGER)),
    /** Changing it (and its kind's details): the author, while moderation has not removed it. */
    update: anyOf(isAuthor),
    /** Taking part (comment, react, support, follow, save, answer): any signed-in member, on a published one. */
    interact: resourceIs((c: Pick<Contribution, 'status'>) => c.status === ContributionStatus.PUBLISHED, 'published'),
  },
});
