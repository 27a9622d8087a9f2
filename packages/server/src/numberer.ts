// Numbers for distinct keys, in the order they are first seen: the compact ids of the index.

/** Numbers distinct keys 0, 1, 2… in the order first seen; `keys[n]` is the key numbered n. */
export function numberer(): {
  number(key: string): number;
  keys: string[];
  map: Map<string, number>;
} {
  const map = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    map,
    number(key) {
      let n = map.get(key);
      if (n === undefined) {
        n = keys.length;
        keys.push(key);
        map.set(key, n);
      }
      return n;
    },
  };
}
