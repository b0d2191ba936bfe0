import { formatScore } from "@/lib/format";
import { barPercent, bucketLabel, histogramModes, histogramPeak, readersLabel } from "@/lib/scores";

/**
 * The readers' scores as 21 columns, 0.0 to 10.0. Each column is a list item that reads as
 * "8.5: 12 readers"; the bars are CSS heights, decoration for the counts.
 */
export function ScoreHistogram({ histogram, count }: { histogram: number[]; count: number }) {
  // The summary above already says that nobody has scored it.
  if (count === 0) return null;
  const peak = histogramPeak(histogram);
  const modes = histogramModes(histogram);
  return (
    <div className="mt-5">
      <h3 id="histogram-heading" className="text-sm font-semibold">
        How readers scored
      </h3>
      <ol aria-labelledby="histogram-heading" className="histogram">
        {histogram.map((n, i) => {
          const label = `${bucketLabel(i)}: ${readersLabel(n)}`;
          return (
            <li key={i} title={label}>
              <span
                aria-hidden="true"
                className={n > 0 ? "bar" : "bar empty"}
                style={n > 0 ? { height: `max(3px, ${barPercent(n, peak)}%)` } : undefined}
              />
              <span className="sr-only">{label}</span>
            </li>
          );
        })}
      </ol>
      <div aria-hidden="true" className="mt-1 flex justify-between text-xs text-soft tabular-nums">
        <span>0</span>
        <span>5</span>
        <span>10</span>
      </div>
      <p className="mt-2 text-sm text-soft">
        Most common: {modes.map((m) => formatScore(m)).join(", ")} ({readersLabel(peak)})
      </p>
    </div>
  );
}
