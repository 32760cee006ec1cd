import { defineEvents, z } from '@flagship/events';

/** What happens to builds on their way to the shop (decision 0028); each recorded in its change's transaction. */
export const BuildEvents = defineEvents('build', {
  supported: {
    name: 'build.supported',
    version: 1,
    recordedWhen: 'a member supports another member’s build',
    actor: 'supporter',
    subject: 'contribution',
    payload: { supporters: z.number().int() },
  },
  stageReached: {
    name: 'build.stage_reached',
    version: 1,
    recordedWhen: 'a build reaches the supporters of a stage within its window (stage is 1-based)',
    actor: 'the supporter who tipped it',
    subject: 'contribution',
    payload: { stage: z.number().int(), supporters: z.number().int(), lastStage: z.boolean() },
  },
  enteredReview: {
    name: 'build.entered_review',
    version: 1,
    recordedWhen: 'a build clears the last stage and goes to the brand’s review queue',
    actor: 'the supporter who tipped it',
    subject: 'contribution',
    payload: { supporters: z.number().int() },
  },
  accepted: {
    name: 'build.accepted',
    version: 1,
    recordedWhen: 'a brand manager accepts a build: a draft product is made from it and the creator’s royalty recorded',
    actor: 'manager',
    subject: 'contribution',
    payload: { productId: z.string(), creatorId: z.string(), royaltyBp: z.number().int() },
  },
  declined: {
    name: 'build.declined',
    version: 1,
    recordedWhen: 'a brand manager declines a build in review, with a reason',
    actor: 'manager',
    subject: 'contribution',
    payload: { reason: z.string() },
  },
  expired: {
    name: 'build.expired',
    version: 1,
    recordedWhen: 'a build misses the window of its stage (the expiry job)',
    actor: 'platform',
    subject: 'contribution',
    payload: { stage: z.number().int(), supporters: z.number().int(), deadline: z.string() },
  },
});
