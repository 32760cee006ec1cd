import { decodeCursor } from '@flagship/api-core';

/** One owner's page asked for in a batch (a contribution's comments, a collection's items). */
export interface PageRequest {
  ownerId: string;
  /** Rows to read: the page size plus one, to know whether another page follows. */
  limit: number;
  /** The id of the last row of the previous page (from the cursor). */
  afterId: string | null;
}

/** A page as a DataLoader key; the cursor is checked here, so a bad one fails its own field only. */
export const pageKey = (ownerId: string, first: number, after?: string | null): string => `${ownerId} ${first + 1} ${after ? decodeCursor(after, ['uuid'])[0] : ''}`;

export function parsePageKey(key: string): PageRequest {
  const [ownerId, limit, afterId] = key.split(' ');
  return { ownerId, limit: Number(limit), afterId: afterId || null };
}

/** The arrays of `unnest($1::uuid[], $2::int[], $3::uuid[])` for a batch of pages. */
export const pageParams = (pages: readonly PageRequest[]) => [pages.map((p) => p.ownerId), pages.map((p) => p.limit), pages.map((p) => p.afterId)];
