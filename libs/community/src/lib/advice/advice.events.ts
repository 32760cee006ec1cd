import { defineEvents, z } from '@flagship/events';
import { ExpertReason } from './advice.types';

/** Events of advice: answers, and the asker marking the one that helped (docs/events.md). */
export const AnswerEvents = defineEvents('answer', {
  posted: {
    name: 'answer.posted',
    version: 1,
    recordedWhen: 'a member answers a question or a progress post that asks for advice',
    actor: 'author of the answer',
    subject: 'answer',
    payload: {
      contributionId: z.uuid(),
      expert: z.enum(ExpertReason).nullable(),
      /** Set on the first answer by someone other than the asker: seconds since the question was published (time to first answer). */
      secondsToFirstAnswer: z.number().int().min(0).nullable(),
    },
  },
  accepted: {
    name: 'answer.accepted',
    version: 1,
    recordedWhen: 'the asker marks the answer that helped (again when they change their mind)',
    actor: 'asker',
    subject: 'answer',
    payload: { contributionId: z.uuid(), previousAnswerId: z.uuid().nullable(), expert: z.enum(ExpertReason).nullable() },
  },
});
