type ChartFigureProps = {
  id: string;
  title: string;
  /** What the chart shows, in a sentence: the chart points at it (aria-describedby). */
  description: string;
  /** Said in the chart's place when there is nothing to draw: no bare axes, no table of zeros. */
  empty?: string;
  /** Drawn with `labelledBy` and `describedBy` as its ARIA references. */
  chart: (refs: { labelledBy: string; describedBy: string }) => React.ReactNode;
  /** The same numbers as a table, for reading rather than seeing. */
  table: React.ReactNode;
};

/** A server-drawn chart with its title, its description and its table behind a disclosure. */
export function ChartFigure({ id, title, description, empty, chart, table }: ChartFigureProps) {
  const labelledBy = `${id}-title`;
  const describedBy = `${id}-desc`;
  return (
    <figure className="min-w-0">
      <figcaption id={labelledBy} className="font-semibold">
        {title}
      </figcaption>
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <>
          <p id={describedBy} className="mt-1 text-sm text-soft">
            {description}
          </p>
          <div className="mt-3">{chart({ labelledBy, describedBy })}</div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-soft underline-offset-4 hover:underline">
              Show as a table
            </summary>
            <div className="mt-2">{table}</div>
          </details>
        </>
      )}
    </figure>
  );
}
