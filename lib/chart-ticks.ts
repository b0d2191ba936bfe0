/** An axis from 0 to `top` in equal steps: `ticks` are 0, step, 2 × step … top. */
export type Axis = { top: number; ticks: number[] };

/** At most this many intervals between ticks: enough to read a value off, few enough for a phone. */
export const MAX_INTERVALS = 5;

/** Counts go up in 1, 2 or 5 times a power of ten: 0, 1, 2… or 0, 5, 10… or 0, 20, 40… */
function countSteps(reach: number): number[] {
  const steps: number[] = [];
  for (let power = 1; power <= Math.max(1, reach); power *= 10) {
    steps.push(power, 2 * power, 5 * power);
  }
  return steps;
}

/** A length or count to reach: nothing when it is not a positive number. */
const reachOf = (max: number) => (Number.isFinite(max) && max > 0 ? max : 0);

/** Durations go up in round seconds, then round minutes, then round hours. */
const DURATION_STEPS = [
  5, 10, 15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];

/** The first step that reaches `max` in at most MAX_INTERVALS, and the ticks it gives. */
function axisOf(reach: number, steps: readonly number[]): Axis {
  const step =
    steps.find((s) => Math.ceil(reach / s) <= MAX_INTERVALS) ??
    // Beyond the table: whole multiples of its last step.
    steps.at(-1)! * Math.ceil(reach / (steps.at(-1)! * MAX_INTERVALS));
  const intervals = Math.max(1, Math.ceil(reach / step));
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => i * step);
  return { top: ticks.at(-1)!, ticks };
}

/** Ticks for a count of readers, scores or picks: whole numbers from 0 past `max`. */
export function countAxis(max: number): Axis {
  const reach = Math.ceil(reachOf(max));
  return axisOf(reach, countSteps(reach));
}

/** Ticks for lengths in seconds, on round durations (0:00, 2:00, 4:00…) from 0 past `maxSeconds`. */
export function durationAxis(maxSeconds: number): Axis {
  return axisOf(reachOf(maxSeconds), DURATION_STEPS);
}

/** Where `value` sits on the axis, 0 (the bottom) to 1 (the top). */
export function axisShare(axis: Axis, value: number): number {
  return Math.min(1, Math.max(0, value / axis.top));
}
