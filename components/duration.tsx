import { describeDuration, formatDuration } from "@/lib/duration";

/** Shows 1:12 but reads as "1 minute 12 seconds" to assistive technology. */
export function Duration({ seconds }: { seconds: number }) {
  return (
    <time dateTime={`PT${seconds}S`} className="tabular-nums">
      <span aria-hidden="true">{formatDuration(seconds)}</span>
      <span className="sr-only">{describeDuration(seconds)}</span>
    </time>
  );
}
