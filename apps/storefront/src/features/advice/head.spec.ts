import { describe, expect, it } from 'vitest';
import type { AdvicePostQuery } from '@/gql/graphql';
import { advicePostHead } from './head';

const site = { name: 'Ridgeline Cycles', tagline: 'Bikes built for the long way round.' };

const post = (overrides: Partial<NonNullable<AdvicePostQuery['contribution']>> = {}): AdvicePostQuery =>
  ({
    contribution: {
      id: 'q1',
      kind: 'QUESTION',
      title: 'Tan wall or black?',
      excerpt: 'I ride to work all year on salted roads.',
      status: 'PUBLISHED',
      author: { id: 'a1', displayName: 'Ana Rider', badges: [] },
      photos: [],
      ...overrides,
    },
  }) as AdvicePostQuery;

describe('advicePostHead', () => {
  it('describes a published question by its title and first words, at its one address', () => {
    expect(advicePostHead(post(), 'QUESTION', site)).toEqual({
      title: 'Tan wall or black?',
      description: 'I ride to work all year on salted roads.',
      canonicalPath: '/community/questions/q1',
      image: undefined,
      noindex: undefined,
    });
  });

  it('answers 404 for a missing post, or one of another kind at this address', () => {
    expect(advicePostHead(undefined, 'QUESTION', site)).toMatchObject({ status: 404, noindex: true });
    expect(advicePostHead(post({ kind: 'PROJECT_UPDATE' }), 'QUESTION', site)).toMatchObject({ status: 404, noindex: true });
  });

  it('keeps a draft its author previews out of search results', () => {
    expect(advicePostHead(post({ status: 'DRAFT' }), 'QUESTION', site).noindex).toBe(true);
  });
});
