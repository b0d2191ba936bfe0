import type { Axis } from "@/lib/chart-ticks";
import { describeDuration, formatDuration } from "@/lib/duration";
import { picksLabel } from "@/lib/scores";
import { barHeight, barOf, CategoryAxis, ChartFrame, type ChartLayout, round } from "./chart-axes";
import { ChartFigure } from "./chart-figure";

type ProfileTrack = {
  id: number;
  disc: number;
  position: number;
  title: string;
  durationSeconds: number;
  favouriteCount: number;
};

type TrackProfileProps = {
  id: string;
  filmTitle: string;
  tracks: ProfileTrack[];
  /** From 0 past the longest track of all the soundtracks compared: every profile shares it. */
  axis: Axis;
};

const LAYOUT: ChartLayout = { top: 24, base: 154, height: 174 };

const number = (t: ProfileTrack, discs: boolean) =>
  discs ? `${t.disc}.${t.position}` : `${t.position}`;

/**
 * Every track a bar in album order, as tall as it is long, against a duration axis. A bar is
 * focusable; hovering or focusing it names the track above the bars (CSS only) and in its title.
 * Picked tracks are solid.
 */
export function TrackProfile({ id, filmTitle, tracks, axis }: TrackProfileProps) {
  const discs = tracks.some((t) => t.disc > 1);
  const name = (t: ProfileTrack) =>
    `${number(t, discs)}. ${t.title}, ${describeDuration(t.durationSeconds)}${
      t.favouriteCount > 0 ? `, ${picksLabel(t.favouriteCount)}` : ""
    }`;
  return (
    <ChartFigure
      id={id}
      title={`${filmTitle}: track lengths in album order`}
      empty={tracks.length === 0 ? "The track list has not been added yet." : undefined}
      description={`${tracks.length} bars, one per track from first to last, each as tall as the track is long; tracks readers picked as favourites are drawn solid. Focus a bar to hear its name.`}
      chart={({ labelledBy, describedBy }) => (
        <ChartFrame
          axis={axis}
          layout={LAYOUT}
          title="Length (min:sec)"
          format={formatDuration}
          plot={{ role: "group", labelledBy, describedBy, className: "track-bars" }}
        >
          {tracks.map((t, i) => {
            const bar = barOf(LAYOUT, i, tracks.length, barHeight(LAYOUT, axis, t.durationSeconds));
            const left = i < tracks.length / 2;
            // Named by its title; the bar's look is the .track-bars rules, once for every bar.
            return (
              <g key={t.id} tabIndex={0} role="img">
                <title>{name(t)}</title>
                <rect {...bar} className={t.favouriteCount > 0 ? "picked" : undefined} />
                <text
                  x={left ? bar.x : `${round(((i + 1) * 100) / tracks.length)}%`}
                  y={14}
                  textAnchor={left ? "start" : "end"}
                >
                  {`${number(t, discs)}. ${t.title} · ${formatDuration(t.durationSeconds)}`}
                </text>
              </g>
            );
          })}
          <CategoryAxis
            layout={LAYOUT}
            ticks={[number(tracks[0]!, discs), number(tracks.at(-1)!, discs)]}
            title="Tracks in album order"
          />
        </ChartFrame>
      )}
      table={
        <table className="chart-table w-full">
          <caption className="sr-only">{filmTitle}: every track’s length</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Title</th>
              <th scope="col">Length</th>
              <th scope="col">Picks</th>
            </tr>
          </thead>
          <tbody>
            {tracks.map((t) => (
              <tr key={t.id}>
                <td>{number(t, discs)}</td>
                <th scope="row">{t.title}</th>
                <td>{formatDuration(t.durationSeconds)}</td>
                <td>{t.favouriteCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
