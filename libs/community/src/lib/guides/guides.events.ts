import { defineEvents, z } from '@flagship/events';

/** Events of guides (the "guide completed"). */
export const GuideEvents = defineEvents('guide', {
  completed: {
    name: 'guide.completed',
    version: 1,
    recordedWhen: 'a member posts "I made this" with a photo on a guide for the first time',
    actor: 'member',
    subject: 'contribution',
    payload: { completionId: z.uuid(), completionCount: z.number().int().positive() },
  },
});
