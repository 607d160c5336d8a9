import DataLoader from 'dataloader';

/**
 * A loader of rows by key: `fetch` gets the distinct keys of one tick in one call, and each
 * `load(key)` gets its row or null. Results come back in key order, as DataLoader requires.
 */
export function rowByKeyLoader<Row, Key = number>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, { maxBatchSize: 1000 });
}

/** A loader of lists by parent key: one call fetches the children of every parent asked this tick. */
export function rowsByParentLoader<Row, Key = number>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  parentOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byParent = new Map<Key, Row[]>(keys.map((key) => [key, []]));
    for (const row of rows) byParent.get(parentOf(row))?.push(row);
    return keys.map((key) => byParent.get(key) ?? []);
  }, { maxBatchSize: 1000 });
}
