// Deterministic randomness: every phase draws from its own seeded stream, named by a label, so
// two runs make the same rows. The order of the draws within a stream is part of the output.

export type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(label: string, salt = 0): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const rngFor = (label: string, salt = 0) => mulberry32(seedOf(label, salt));
export const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
export const pick = <T>(rng: Rng, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)]!;
export const chance = (rng: Rng, p: number) => rng() < p;

export function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function shuffledIndices(n: number, rng: Rng): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Splits `total` over the weights, no entry above its cap; sums to `total` when the caps allow. */
export function allocate(
  total: number,
  weights: Float64Array,
  cap: (i: number) => number,
  rng: Rng,
) {
  const n = weights.length;
  const counts = new Int32Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i]!;
  let assigned = 0;
  for (let i = 0; i < n && sum > 0; i++) {
    const c = Math.min(cap(i), Math.floor((total * weights[i]!) / sum));
    counts[i] = c;
    assigned += c;
  }
  const order = shuffledIndices(n, rng);
  let rest = total - assigned;
  while (rest > 0) {
    let moved = false;
    for (let k = 0; k < n && rest > 0; k++) {
      const i = order[k]!;
      if (counts[i]! < cap(i)) {
        counts[i]! += 1;
        rest--;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return counts;
}

/** Readers: 30% of picks lean towards the first readers, so reader_000001 is the busiest. */
export function pickReader(rng: Rng, readers: number): number {
  return rng() < 0.3 ? Math.floor(readers * Math.pow(rng(), 1.5)) : Math.floor(readers * rng());
}

/** Fills `out` with `count` distinct readers, never `except`; `mark`/`stamp` avoid a Set per call. */
export function distinctReaders(
  rng: Rng,
  readers: number,
  count: number,
  mark: Int32Array,
  stamp: number,
  except = -1,
): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    let u = pickReader(rng, readers);
    for (let tries = 0; (mark[u] === stamp || u === except) && tries < 4; tries++) {
      u = pickReader(rng, readers);
    }
    while (mark[u] === stamp || u === except) u = Math.floor(readers * rng());
    mark[u] = stamp;
    out[k] = u;
  }
  return out;
}
