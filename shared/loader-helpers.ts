// DataLoader batch functions must answer in key order: null (or []) for a miss.

export function oneByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map(row => [keyOf(row), row] as const));
  return keys.map(key => map.get(key) ?? null);
}

export function manyByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map(key => map.get(key) ?? []);
}
