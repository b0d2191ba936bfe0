import { summarizeTracks } from "./duration";

/** A track as the comparison reads it: album order is the order of the list. */
export type ComparedTrack = {
  id: number;
  title: string;
  durationSeconds: number;
  favouriteCount: number;
};

export type Placement = "early" | "middle" | "late";

export type FavouriteSpread = {
  /** Readers' picks on the album, all tracks together. */
  picks: number;
  /** The share (0–1) of the album's running time that the picked tracks cover. */
  runtimeShare: number;
  /** Where a pick sits on average, 0 (the first second) to 1 (the last), weighted by picks. */
  meanPosition: number;
  placement: Placement;
};

export type TrackStats<T extends ComparedTrack> = {
  count: number;
  totalSeconds: number;
  meanSeconds: number | null;
  medianSeconds: number | null;
  longest: T | null;
  shortest: T | null;
  /** The most picked tracks, most picks first; only tracks someone picked. */
  favourites: T[];
  /** Null when nobody has picked a track of the album. */
  spread: FavouriteSpread | null;
};

export const FAVOURITES_SHOWN = 3;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The weighted mean of `values`; null when the weights add up to nothing. */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  let total = 0;
  let weight = 0;
  values.forEach((value, i) => {
    total += value * (weights[i] ?? 0);
    weight += weights[i] ?? 0;
  });
  return weight > 0 ? total / weight : null;
}

/** The first and last thirds of an album are "early" and "late". */
export function placementOf(position: number): Placement {
  if (position < 1 / 3) return "early";
  if (position > 2 / 3) return "late";
  return "middle";
}

/** Where each track's middle falls in the album's running time, 0–1. */
export function trackMidpoints(tracks: readonly ComparedTrack[]): number[] {
  const total = tracks.reduce((sum, t) => sum + t.durationSeconds, 0);
  let start = 0;
  return tracks.map((track, i) => {
    const middle =
      total > 0 ? (start + track.durationSeconds / 2) / total : (i + 0.5) / tracks.length;
    start += track.durationSeconds;
    return middle;
  });
}

export function favouriteSpread(tracks: readonly ComparedTrack[]): FavouriteSpread | null {
  const weights = tracks.map((t) => t.favouriteCount);
  const meanPosition = weightedMean(trackMidpoints(tracks), weights);
  if (meanPosition === null) return null;
  const total = tracks.reduce((sum, t) => sum + t.durationSeconds, 0);
  const picked = tracks
    .filter((t) => t.favouriteCount > 0)
    .reduce((sum, t) => sum + t.durationSeconds, 0);
  return {
    picks: weights.reduce((sum, n) => sum + n, 0),
    runtimeShare: total > 0 ? picked / total : 0,
    meanPosition,
    placement: placementOf(meanPosition),
  };
}

export function trackStats<T extends ComparedTrack>(tracks: readonly T[]): TrackStats<T> {
  const { count, totalSeconds, longest, shortest } = summarizeTracks(tracks);
  return {
    count,
    totalSeconds,
    meanSeconds: count > 0 ? totalSeconds / count : null,
    medianSeconds: median(tracks.map((t) => t.durationSeconds)),
    longest,
    shortest,
    favourites: tracks
      .filter((t) => t.favouriteCount > 0)
      .sort((a, b) => b.favouriteCount - a.favouriteCount)
      .slice(0, FAVOURITES_SHOWN),
    spread: favouriteSpread(tracks),
  };
}

/** 0.4167 -> "42%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Composers who wrote for more than one of the soundtracks, with the soundtracks they share. */
export function sharedComposers<C extends { slug: string }>(
  soundtracks: readonly { id: number; composers: readonly C[] }[],
): { composer: C; soundtrackIds: number[] }[] {
  const bySlug = new Map<string, { composer: C; soundtrackIds: number[] }>();
  for (const soundtrack of soundtracks) {
    for (const composer of soundtrack.composers) {
      const entry = bySlug.get(composer.slug) ?? { composer, soundtrackIds: [] };
      entry.soundtrackIds.push(soundtrack.id);
      bySlug.set(composer.slug, entry);
    }
  }
  return [...bySlug.values()].filter((entry) => entry.soundtrackIds.length > 1);
}

/** Every pair of the list, in list order: [a, b], [a, c], [b, c]. */
export function pairsOf<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}
