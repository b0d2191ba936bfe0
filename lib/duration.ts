const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3600;

type TimeParts = { hours: number; minutes: number; seconds: number };

function splitSeconds(total: number): TimeParts {
  // Players truncate partial seconds, and a negative or NaN length has no sensible reading.
  const whole = Number.isFinite(total) && total > 0 ? Math.floor(total) : 0;
  return {
    hours: Math.floor(whole / SECONDS_PER_HOUR),
    minutes: Math.floor((whole % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE),
    seconds: whole % SECONDS_PER_MINUTE,
  };
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

export function formatDuration(seconds: number): string {
  const parts = splitSeconds(seconds);
  if (parts.hours > 0) {
    return `${parts.hours}:${pad2(parts.minutes)}:${pad2(parts.seconds)}`;
  }
  return `${parts.minutes}:${pad2(parts.seconds)}`;
}

function countOf(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

export function describeDuration(seconds: number): string {
  const { hours, minutes, seconds: rest } = splitSeconds(seconds);
  const units: [number, string][] = [
    [hours, "hour"],
    [minutes, "minute"],
    [rest, "second"],
  ];
  const words = units.filter(([count]) => count > 0).map(([count, unit]) => countOf(count, unit));
  return words.length > 0 ? words.join(" ") : "0 seconds";
}

const DURATION_PATTERN = /^(\d+):(\d{2})(?::(\d{2}))?$/;

export function parseDuration(text: string): number | null {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, first = "", second = "", third] = match;
  const [hours, minutes, seconds] =
    third === undefined
      ? [0, Number(first), Number(second)]
      : [Number(first), Number(second), Number(third)];
  // Without an hours field the minutes may run past 59, as in "75:10".
  if (seconds > 59 || (third !== undefined && minutes > 59)) return null;
  const total = hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE + seconds;
  return Number.isSafeInteger(total) ? total : null;
}

export type TrackSummary<T> = {
  count: number;
  totalSeconds: number;
  longest: T | null;
  shortest: T | null;
};

export function summarizeTracks<T extends { durationSeconds: number }>(
  tracks: readonly T[],
): TrackSummary<T> {
  let totalSeconds = 0;
  let longest: T | null = null;
  let shortest: T | null = null;
  for (const track of tracks) {
    totalSeconds += track.durationSeconds;
    // Strict comparisons keep the first track on ties.
    if (longest === null || track.durationSeconds > longest.durationSeconds) longest = track;
    if (shortest === null || track.durationSeconds < shortest.durationSeconds) shortest = track;
  }
  return { count: tracks.length, totalSeconds, longest, shortest };
}
