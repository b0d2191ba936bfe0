import { CategoryAxis, ChartFrame, type ChartLayout, round } from "@/components/compare/chart-axes";
import { ChartFigure } from "@/components/compare/chart-figure";
import type { ComparedSoundtrack } from "@/db/queries/taste";
import type { Axis } from "@/lib/chart-ticks";
import { formatScore } from "@/lib/format";
import { MAX_SCORE, SCORE_STEP } from "@/lib/scores";

const LAYOUT: ChartLayout = { top: 8, base: 248, height: 292 };
/** Scores in tenths, labelled every two points. */
const AXIS: Axis = { top: MAX_SCORE, ticks: [0, 20, 40, 60, 80, 100] };
const X_TICKS = AXIS.ticks.map((t) => String(t / 10));
/** Every half point: the only places a score can sit. */
const HALF_POINTS = Array.from({ length: MAX_SCORE / SCORE_STEP + 1 }, (_, i) => i * SCORE_STEP);

const xOf = (tenths: number) => `${round((100 * tenths) / MAX_SCORE)}%`;
const yOf = (tenths: number) =>
  round(LAYOUT.base - (tenths / MAX_SCORE) * (LAYOUT.base - LAYOUT.top));

/**
 * One reader's scores (across) against the other's (up), a point per soundtrack both scored,
 * drawn on the server on the half-point grid; the points on the diagonal are scores they share.
 */
export function ScoreScatter({
  pairs,
  handles,
}: {
  pairs: ComparedSoundtrack[];
  handles: [string, string];
}) {
  const [a, b] = handles;
  return (
    <ChartFigure
      id="scatter"
      title={`@${a}’s scores against @${b}’s`}
      empty={pairs.length === 0 ? "No soundtrack scored by both yet" : undefined}
      description={`One point per soundtrack both scored (${pairs.length}): across, @${a}’s score from 0 to 10; up, @${b}’s. Points on the diagonal line are soundtracks they scored alike.`}
      chart={({ labelledBy, describedBy }) => (
        <ChartFrame
          axis={AXIS}
          layout={LAYOUT}
          title={`@${b}`}
          format={(t) => String(t / 10)}
          plot={{ role: "img", labelledBy, describedBy, className: "score-scatter" }}
        >
          <title>{`@${a}’s scores against @${b}’s`}</title>
          <desc>
            {pairs
              .map((p) => `${p.filmTitle}: @${a} ${formatScore(p.a)}, @${b} ${formatScore(p.b)}`)
              .join("; ")}
          </desc>
          {HALF_POINTS.map((t) => (
            <line
              key={`x${t}`}
              x1={xOf(t)}
              x2={xOf(t)}
              y1={LAYOUT.top}
              y2={LAYOUT.base}
              className="minor"
            />
          ))}
          {HALF_POINTS.filter((t) => !AXIS.ticks.includes(t)).map((t) => (
            <line key={`y${t}`} x1={0} x2="100%" y1={yOf(t)} y2={yOf(t)} className="minor" />
          ))}
          <line x1={0} x2="100%" y1={LAYOUT.base} y2={LAYOUT.top} className="diagonal" />
          {pairs.map((p) => (
            <circle key={p.soundtrackId} cx={xOf(p.a)} cy={yOf(p.b)} r={6} data-point>
              <title>{`${p.filmTitle}: @${a} ${formatScore(p.a)}, @${b} ${formatScore(p.b)}`}</title>
            </circle>
          ))}
          <CategoryAxis layout={LAYOUT} ticks={X_TICKS} title={`@${a}`} />
        </ChartFrame>
      )}
      table={
        <div className="overflow-x-auto">
          <table className="chart-table">
            <caption className="sr-only">
              Both readers’ scores on each soundtrack both scored
            </caption>
            <thead>
              <tr>
                <th scope="col">Soundtrack</th>
                <th scope="col" className="break-all">
                  @{a}
                </th>
                <th scope="col" className="break-all">
                  @{b}
                </th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={p.soundtrackId}>
                  <th scope="row">{p.filmTitle}</th>
                  <td>{formatScore(p.a)}</td>
                  <td>{formatScore(p.b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}
