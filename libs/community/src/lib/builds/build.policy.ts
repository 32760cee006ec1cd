import { Role, definePolicy, holdsRole, type Rule } from '@flagship/api-core';
import type { Contribution } from '../contribution/contribution.entity';

/** Members other than its author: support is what others give a build (its author cannot vote for it). */
const notItsAuthor: Rule<Pick<Contribution, 'authorId'>> = {
  description: 'members other than its author',
  needsResource: true,
  admitsEveryone: false,
  allows: (viewer, build) => viewer !== undefined && viewer.accountId !== build.authorId,
};

/**
 * Builds beyond what every contribution shares (ContributionPolicy: read, update, interact): who may
 * support one, and who reviews those that cleared their stages and sets the stages.
 */
export const BuildPolicy = definePolicy('build', {
  noun: 'Build',
  refuseAs: 'FORBIDDEN',
  rules: {
    /** Support or withdraw it: any signed-in member but its author (on a published build: contribution.interact). */
    support: notItsAuthor,
    /** The review queue, accepting and declining, and the support stages setting. */
    review: holdsRole(Role.BRAND_MANAGER),
  },
});
