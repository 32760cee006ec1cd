import type { ReactionKind } from '@/gql/graphql';

/** How each reaction is offered, in the API's order. */
export const REACTIONS: { kind: ReactionKind; label: string }[] = [
  { kind: 'LIKE', label: 'Like' },
  { kind: 'APPLAUD', label: 'Applaud' },
  { kind: 'HELPFUL', label: 'Helpful' },
  { kind: 'INSPIRING', label: 'Inspiring' },
];
