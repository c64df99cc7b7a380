/**
 * A small seeded generator (mulberry32): the corpus must be the same on every
 * run and every machine, so that figures from different days compare.
 */
export interface Random {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample: <T>(items: readonly T[], count: number) => T[]
}

export function createRandom (seed: number): Random {
  let state = seed >>> 0
  function next (): number {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  function int (min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1))
  }
  function pick<T> (items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[int(0, items.length - 1)] as T
  }
  function sample<T> (items: readonly T[], count: number): T[] {
    const copy = [...items]
    const n = Math.min(count, copy.length)
    // Partial Fisher-Yates: only the first n places are shuffled.
    for (let i = 0; i < n; i++) {
      const j = int(i, copy.length - 1)
      const swap = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = swap
    }
    return copy.slice(0, n)
  }
  return { next, int, pick, sample }
}
