import { describeDuration, formatDuration } from "@/lib/duration";
import { picksLabel } from "@/lib/scores";
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
  /** The longest track of all the soundtracks compared: every profile shares the scale. */
  scaleSeconds: number;
};

const WIDTH = 400;
const HEIGHT = 130;
const LABEL_BAND = 24;
const GAP = 1;

/** Two decimals are finer than a pixel at any width the chart is drawn. */
const round = (n: number) => Math.round(n * 100) / 100;

const number = (t: ProfileTrack, discs: boolean) =>
  discs ? `${t.disc}.${t.position}` : `${t.position}`;

/**
 * Every track a bar in album order, as tall as it is long. A bar is focusable; hovering or
 * focusing it names the track above the bars (CSS only) and in its title. Picked tracks are solid.
 */
export function TrackProfile({ id, filmTitle, tracks, scaleSeconds }: TrackProfileProps) {
  const discs = tracks.some((t) => t.disc > 1);
  const slot = tracks.length > 0 ? WIDTH / tracks.length : WIDTH;
  const barHeight = (seconds: number) =>
    scaleSeconds > 0 ? Math.max(2, (seconds / scaleSeconds) * (HEIGHT - LABEL_BAND)) : 2;
  const name = (t: ProfileTrack) =>
    `${number(t, discs)}. ${t.title}, ${describeDuration(t.durationSeconds)}${
      t.favouriteCount > 0 ? `, ${picksLabel(t.favouriteCount)}` : ""
    }`;
  return (
    <ChartFigure
      id={id}
      title={`${filmTitle}: track lengths in album order`}
      description={
        tracks.length === 0
          ? "The track list has not been added yet."
          : `${tracks.length} bars, one per track from first to last, each as tall as the track is long; tracks readers picked as favourites are drawn solid. Focus a bar to hear its name.`
      }
      chart={({ labelledBy, describedBy }) => (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          className="track-bars block h-auto w-full max-w-xl overflow-visible"
        >
          <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
          {tracks.map((t, i) => {
            const height = round(barHeight(t.durationSeconds));
            const x = i * slot;
            const middle = x + slot / 2;
            // Named by its title; the bar's look is the .track-bars rules, once for every bar.
            return (
              <g key={t.id} tabIndex={0} role="img">
                <title>{name(t)}</title>
                <rect
                  x={round(x + GAP / 2)}
                  y={round(HEIGHT - height)}
                  width={round(Math.max(1, slot - GAP))}
                  height={height}
                  className={t.favouriteCount > 0 ? "picked" : undefined}
                />
                <text
                  x={round(middle < WIDTH / 2 ? Math.max(0, x) : Math.min(WIDTH, x + slot))}
                  y={14}
                  textAnchor={middle < WIDTH / 2 ? "start" : "end"}
                >
                  {`${number(t, discs)}. ${t.title} · ${formatDuration(t.durationSeconds)}`}
                </text>
              </g>
            );
          })}
        </svg>
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
