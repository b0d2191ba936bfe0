import { type Axis, axisShare } from "@/lib/chart-ticks";

/**
 * Where a chart's parts sit, in CSS pixels from the top. The charts have no viewBox: they are
 * drawn at their real size, across in percentages and down in pixels, so their text is never
 * scaled below the stylesheet's 12 px, however narrow the screen.
 */
export type ChartLayout = {
  /** The top of the tallest bar, below a band for what a focused bar says. */
  top: number;
  /** The axis line every bar stands on. */
  base: number;
  /** The whole height, with the labels under the axis. */
  height: number;
};

/** Two decimals are finer than a pixel at any width the chart is drawn. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** How far down the chart a value of the axis sits. */
const yOf = (layout: ChartLayout, axis: Axis, value: number) =>
  round(layout.base - axisShare(axis, value) * (layout.base - layout.top));

/** How tall a bar of `value` stands: at least 2 px, so the shortest is still seen. */
export const barHeight = (layout: ChartLayout, axis: Axis, value: number) =>
  Math.max(2, round(layout.base - yOf(layout, axis, value)));

/**
 * Bar `i` of `slots`, `height` px tall on the axis line: across in percentages, with a tenth of
 * its slot free each side. Spread onto a <rect>.
 */
export function barOf(layout: ChartLayout, i: number, slots: number, height: number) {
  const slot = 100 / slots;
  return {
    x: `${round(i * slot + slot / 10)}%`,
    width: `${round((slot * 8) / 10)}%`,
    y: round(layout.base - height),
    height,
  };
}

/** The plot's own ARIA: its role and what names and describes it. */
type Plot = {
  role: "img" | "group";
  labelledBy: string;
  describedBy: string;
  className: string;
};

/**
 * A chart with a value axis: its title above, its tick labels down the left (drawn apart from the
 * plot so the plot can stretch), and the plot itself with its gridlines under `children`.
 */
export function ChartFrame({
  axis,
  layout,
  title,
  format = String,
  plot,
  children,
}: {
  axis: Axis;
  layout: ChartLayout;
  title: string;
  format?: (value: number) => string;
  plot: Plot;
  children: React.ReactNode;
}) {
  return (
    <div className="chart-frame">
      <p aria-hidden="true" className="axis-title">
        {title}
      </p>
      <div className="flex">
        <svg aria-hidden="true" height={layout.height} className="chart-ticks">
          {axis.ticks.map((tick) => (
            <text key={tick} x="100%" dx={-6} y={yOf(layout, axis, tick)} dy="0.35em">
              {format(tick)}
            </text>
          ))}
        </svg>
        <svg
          height={layout.height}
          role={plot.role}
          aria-labelledby={plot.labelledBy}
          aria-describedby={plot.describedBy}
          className={plot.className}
        >
          <GridLines axis={axis} layout={layout} />
          {children}
        </svg>
      </div>
    </div>
  );
}

/** The gridlines of the value axis and the base line, inside the chart itself. */
function GridLines({ axis, layout }: { axis: Axis; layout: ChartLayout }) {
  return axis.ticks.map((tick) => (
    <line
      key={tick}
      x1={0}
      x2="100%"
      y1={yOf(layout, axis, tick)}
      y2={yOf(layout, axis, tick)}
      className={tick === 0 ? "base" : undefined}
    />
  ));
}

/** A label at `share` (0–1) of the way across, its outer ones held inside the chart's edges. */
function anchorOf(share: number) {
  if (share === 0) return "start";
  return share === 1 ? "end" : "middle";
}

/**
 * Labels under the axis, spread evenly from the left edge to the right, and the axis's title:
 * between the two when there are only two, on a line of its own under more.
 */
export function CategoryAxis({
  layout,
  ticks,
  title,
}: {
  layout: ChartLayout;
  ticks: string[];
  title: string;
}) {
  const below = ticks.length > 2;
  const y = layout.height - (below ? 20 : 4);
  return (
    <g aria-hidden="true">
      {ticks.map((tick, i) => {
        const share = i / (ticks.length - 1);
        return (
          <text key={i} x={`${share * 100}%`} y={y} textAnchor={anchorOf(share)}>
            {tick}
          </text>
        );
      })}
      <text x="50%" y={layout.height - 4} textAnchor="middle">
        {title}
      </text>
    </g>
  );
}
