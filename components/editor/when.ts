/** "3 December at 14:32:05": in the site's time zone, so the server's render and the browser's agree. */
export function formatMoment(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    day: "numeric",
    month: "long",
    timeZone,
  }).format(new Date(ms));
}

/** "14:32:05", for the autosave line, which changes every few seconds. */
export function formatClock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", timeZone }).format(new Date(ms));
}
