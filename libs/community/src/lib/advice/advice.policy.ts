import { Role, definePolicy, holdsRole, isAccount } from '@flagship/api-core';
import type { Contribution } from '../contribution/contribution.entity';

/**
 * Who decides what in advice. Answering is taking part (`contribution.interact`); changing a question
 * or progress post is `contribution.update`. What is left: the asker (and only the asker) marks the
 * answer that helped, and brand managers choose the category experts. The question is public, so a
 * refusal says FORBIDDEN rather than pretending it does not exist.
 */
export const AdvicePolicy = definePolicy('advice', {
  noun: 'Question',
  refuseAs: 'FORBIDDEN',
  rules: {
    /** Marking (or changing) the accepted answer of a question or progress post: its author. */
    accept_answer: isAccount((c: Pick<Contribution, 'authorId'>) => c.authorId, 'the asker'),
    /** Marking and unmarking members as experts for a category, and listing them: brand managers. */
    manage_experts: holdsRole(Role.BRAND_MANAGER),
  },
});
