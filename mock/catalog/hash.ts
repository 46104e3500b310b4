/**
 * Deterministic "randomness" for the generated catalog: the same input always gives the same figure, so the
 * catalog is identical on every start, machine and test run. FNV-1a (32 bits) turns a text into a seed;
 * `Draws` turns one seed into as many numbers as needed (mulberry32), so an item hashes its id only once.
 */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * Successive numbers from one seed (mulberry32). A class rather than closures: the generator makes one per
 * item, and tsx's name-keeping wraps every closure it creates (slow at 20,000 items).
 */
export class Draws {
  private a: number
  constructor(seed: number) {
    this.a = seed >>> 0
  }
  /** The next number in [0, 1) */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0
    let t = this.a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000
  }
  /** A number in [lo, hi) */
  between(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo)
  }
  /** An integer in [lo, hi] */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
  /** One element of a non-empty list */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]
  }
}

export const draws = (seed: number) => new Draws(seed)

/** A number in [lo, hi) from the text. */
export const between = (text: string, lo: number, hi: number) => draws(hash(text)).between(lo, hi)
