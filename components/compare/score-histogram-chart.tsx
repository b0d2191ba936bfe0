import type { ScoreSummary } from "@/db/queries/scores";
import { formatScore } from "@/lib/format";
import { bucketLabel, histogramPeak } from "@/lib/scores";
import { ChartFigure } from "./chart-figure";

const WIDTH = 420;
const HEIGHT = 110;
const AXIS = 16;

const round = (n: number) => Math.round(n * 100) / 100;

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
          className="score-columns block h-auto w-full max-w-md"
        >
          {histogram.map((n, i) => {
            const height = peak > 0 ? (n / peak) * (HEIGHT - AXIS - 4) : 0;
            return (
              <rect
                key={i}
                x={round(i * slot + 1)}
                y={round(HEIGHT - AXIS - Math.max(height, 1))}
                width={round(slot - 2)}
                height={round(Math.max(height, 1))}
                className={n > 0 ? "scored" : undefined}
              >
                <title>{`${bucketLabel(i)}: ${readers(n)}`}</title>
              </rect>
            );
          })}
          {AXIS_LABELS.map(({ bucket, x, anchor }) => (
            <text key={bucket} x={x * WIDTH} y={HEIGHT - 2} textAnchor={anchor}>
              {bucketLabel(bucket)}
            </text>
          ))}
        </svg>
      )}
      table={
        <table className="chart-table">
          <caption className="sr-only">{filmTitle}: readers per score</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">Readers</th>
            </tr>
          </thead>
          <tbody>
            {histogram.map((n, i) => (
              <tr key={i}>
                <th scope="row">{bucketLabel(i)}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
