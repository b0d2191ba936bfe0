/**
 * An album's release date as a British site writes it: day, month, year ("14/03/2025"), whatever
 * the browser's own locale. A native date field would show the browser's order (mm/dd/yyyy in an
 * American Chrome), so the editor has a text field read here, and the database keeps ISO dates.
 */

export const RELEASE_DATE_PROBLEM =
  "Give the release date as day/month/year, like 14/03/2025, or leave it blank.";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const FIRST_YEAR = 1877;
const LAST_YEAR = 2200;

/** A month by its name or its first three letters ("sept" too); 0 when it is none. */
function monthNamed(name: string): number {
  const word = name.toLowerCase().replace(/\.$/, "");
  if (word.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(word) || word.startsWith(month)) + 1;
}

/** "2025-03-14" when the day exists, else null. */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/**
 * The ISO date a typed release date names: "14/03/2025", "14.3.2025", "14 March 2025",
 * "March 14, 2025" and "2025-03-14" all read as "2025-03-14". "" for a blank field; null when it
 * is not a date, or names a day that does not exist (31/02, or an American 03/14/2025).
 */
export function parseReleaseDate(typed: string): string | null {
  const text = typed.trim();
  if (text === "") return "";
  let match = NUMERIC.exec(text);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = ISO.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_NAME.exec(text);
  if (match) return isoDate(Number(match[3]), monthNamed(match[2]!), Number(match[1]));
  match = MONTH_NAME_DAY.exec(text);
  if (match) return isoDate(Number(match[3]), monthNamed(match[1]!), Number(match[2]));
  return null;
}

/** A stored ISO date as the field shows it: "2025-03-14" is "14/03/2025"; anything else as is. */
export function releaseDateField(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "14 March 2025", for an ISO date. */
export function describeReleaseDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}
