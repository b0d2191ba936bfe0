const absolute = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** A moment as the admin pages show it: absolute, to the minute, in UTC. */
export function DateTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} className="tabular-nums">
      {absolute.format(date)}
    </time>
  );
}
