// Made once per zone: the history formats every version's time at each render of the editor.
const moments = new Map<string, Intl.DateTimeFormat>();
const clocks = new Map<string, Intl.DateTimeFormat>();

function formatter(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    cache.set(timeZone, format);
  }
  return format;
}

/** "3 December at 14:32:05": in the site's time zone, so the server's render and the browser's agree. */
export function formatMoment(ms: number, timeZone: string): string {
  return formatter(moments, timeZone, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    day: "numeric",
    month: "long",
  }).format(new Date(ms));
}

/** "14:32:05", for the autosave line, which changes every few seconds. */
export function formatClock(ms: number, timeZone: string): string {
  return formatter(clocks, timeZone, { timeStyle: "medium" }).format(new Date(ms));
}
