import type { ReactionKind } from '@/gql/graphql';

/** How each reaction is offered: a label for the button and screen readers, and its sign. */
export const REACTIONS: { kind: ReactionKind; label: string; sign: string }[] = [
  { kind: 'LIKE', label: 'Like', sign: '👍' },
  { kind: 'APPLAUD', label: 'Applaud', sign: '👏' },
  { kind: 'HELPFUL', label: 'Helpful', sign: '💡' },
  { kind: 'INSPIRING', label: 'Inspiring', sign: '✨' },
];
