import type { ScoreSummary } from "@/db/queries/scores";
import { formatScore } from "@/lib/format";
import { bucketLabel, histogramPeak } from "@/lib/scores";
import { ChartFigure } from "./chart-figure";

const WIDTH = 420;
const HEIGHT = 110;
const AXIS = 16;

const readers = (n: number) => (n === 1 ? "1 reader" : `${n} readers`);

/** 0.0, 5.0 and 10.0 under the columns; the outer two held inside the chart's edges. */
const AXIS_LABELS = [
  { bucket: 0, x: 0, anchor: "start" },
  { bucket: 10, x: 0.5, anchor: "middle" },
  { bucket: 20, x: 1, anchor: "end" },
] as const;

/** How the readers scored one soundtrack: 21 columns, 0.0 to 10.0, drawn on the server. */
export function ScoreHistogramChart({
  id,
  filmTitle,
  summary,
}: {
  id: string;
  filmTitle: string;
  summary: ScoreSummary;
}) {
  const { histogram, count, average } = summary;
  const peak = histogramPeak(histogram);
  const slot = WIDTH / histogram.length;
  return (
    <ChartFigure
      id={id}
      title={`${filmTitle}: readers’ scores`}
      description={
        count === 0 || average === null
          ? "No reader has scored this soundtrack yet."
          : `${readers(count)}, average ${formatScore(average)}: one column per score from 0.0 to 10.0, as tall as the number of readers who gave it.`
      }
      chart={({ labelledBy, describedBy }) => (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          className="block h-auto w-full max-w-md"
        >
          {histogram.map((n, i) => {
            const height = peak > 0 ? (n / peak) * (HEIGHT - AXIS - 4) : 0;
            return (
              <rect
                key={i}
                x={i * slot + 1}
                y={HEIGHT - AXIS - Math.max(height, 1)}
                width={slot - 2}
                height={Math.max(height, 1)}
                className={
                  n > 0
                    ? "fill-accent dark:fill-night-accent"
                    : "fill-stone-300 dark:fill-stone-700"
                }
              >
                <title>{`${bucketLabel(i)}: ${readers(n)}`}</title>
              </rect>
            );
          })}
          {AXIS_LABELS.map(({ bucket, x, anchor }) => (
            <text
              key={bucket}
              x={x * WIDTH}
              y={HEIGHT - 2}
              textAnchor={anchor}
              className="fill-muted text-[11px] dark:fill-night-muted"
            >
              {bucketLabel(bucket)}
            </text>
          ))}
        </svg>
      )}
      table={
        <table className="text-left">
          <caption className="sr-only">{filmTitle}: readers per score</caption>
          <thead>
            <tr className="text-soft">
              <th scope="col" className="pr-4">
                Score
              </th>
              <th scope="col" className="text-right">
                Readers
              </th>
            </tr>
          </thead>
          <tbody>
            {histogram.map((n, i) => (
              <tr key={i}>
                <th scope="row" className="pr-4 font-normal tabular-nums">
                  {bucketLabel(i)}
                </th>
                <td className="text-right tabular-nums">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
