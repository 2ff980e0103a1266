/**
 * Bounded memos for what is read once per content (a source's parse, its facts, its dated acts, the links of a fact
 * base): a Map in insertion order whose oldest entry is dropped when it is full.
 */

/** Keeps `value` under `key`, dropping the oldest entry first when the map holds `max` entries. */
export function keep<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/** The value kept under `key`, else `make()`'s, kept. */
export function remember<K, V>(map: Map<K, V>, key: K, max: number, make: () => V): V {
  const known = map.get(key);
  return known !== undefined ? known : keep(map, key, make(), max);
}
