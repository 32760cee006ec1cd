import DataLoader from 'dataloader';

/**
 * The DataLoaders of one GraphQL request. Created with the request's context and dropped with it, so
 * batching and caching never leak between requests (or viewers).
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** The loader named `name` for this request, created by `batch` on first use. */
  get<K, V>(name: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results to match the keys, as DataLoader requires: `many` rows grouped by key. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups: V[][] = [];
  const indexOf = new Map<K, number>();
  for (let i = 0; i < keys.length; i++) {
    // A key given twice shares its group.
    const seen = indexOf.get(keys[i]);
    groups.push(seen === undefined ? [] : groups[seen]);
    if (seen === undefined) indexOf.set(keys[i], i);
  }
  for (const row of rows) {
    const index = indexOf.get(keyOf(row));
    if (index !== undefined) groups[index].push(row);
  }
  return groups;
}

/** Orders batch results to match the keys: one row (or null) per key. */
export function oneByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}
