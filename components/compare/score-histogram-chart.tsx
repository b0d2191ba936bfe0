import type { ScoreSummary } from "@/db/queries/scores";
import { formatScore } from "@/lib/format";
import type { Axis } from "@/lib/chart-ticks";
import { bucketLabel, readersLabel } from "@/lib/scores";
import { barHeight, barOf, CategoryAxis, ChartFrame, type ChartLayout } from "./chart-axes";
import { ChartFigure } from "./chart-figure";

const LAYOUT: ChartLayout = { top: 8, base: 112, height: 148 };
/** 0.0, 5.0 and 10.0: the middle and end columns, under their middles. */
const SCORE_TICKS = [0, 10, 20].map(bucketLabel);

/**
 * How the readers scored one soundtrack: 21 columns, 0.0 to 10.0, against a count of readers
 * (`axis`, shared by every soundtrack compared), drawn on the server.
 */
export function ScoreHistogramChart({
  id,
  filmTitle,
  summary,
  axis,
}: {
  id: string;
  filmTitle: string;
  summary: ScoreSummary;
  axis: Axis;
}) {
  const { histogram, count, average } = summary;
  return (
    <ChartFigure
      id={id}
      title={`${filmTitle}: readers’ scores`}
      empty={count === 0 || average === null ? "No scores yet" : undefined}
      description={`${readersLabel(count)}, average ${formatScore(average ?? 0)}: one column per score from 0.0 to 10.0, as tall as the number of readers who gave it.`}
      chart={({ labelledBy, describedBy }) => (
        <ChartFrame
          axis={axis}
          layout={LAYOUT}
          title="Readers"
          plot={{ role: "img", labelledBy, describedBy, className: "score-columns" }}
        >
          {histogram.map((n, i) => (
            <rect
              key={i}
              {...barOf(LAYOUT, i, histogram.length, n > 0 ? barHeight(LAYOUT, axis, n) : 1)}
              className={n > 0 ? "scored" : undefined}
            >
              <title>{`${bucketLabel(i)}: ${readersLabel(n)}`}</title>
            </rect>
          ))}
          <CategoryAxis layout={LAYOUT} ticks={SCORE_TICKS} title="Score" />
        </ChartFrame>
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
