import { defineEvents, z } from '@flagship/events';
import { ContributionKind } from './contribution.types';

/** Events of contributions as a whole (each kind adds its own in its folder). */
export const ContributionEvents = defineEvents('contribution', {
  published: {
    name: 'contribution.published',
    version: 1,
    recordedWhen: 'a member first publishes a build, route, guide, question or progress post',
    actor: 'author',
    subject: 'contribution',
    payload: { kind: z.enum(ContributionKind), asksAdvice: z.boolean() },
  },
});
