import { z } from "@/lib/zod";
import type { FormValue } from "@/lib/action-state";
import { formatDuration } from "@/lib/duration";
import type { ParsedTrack } from "@/lib/track-list";

/**
 * The review editor's form as typed: every field a string, so that anything half-written can be
 * kept (in the browser, in a revision) and put back exactly. lib/editor-schemas.ts checks it.
 */

/** A track row; `id` is the stored track it edits (kept, with its favourites), null for a new one. */
export type TrackRow = {
  key: string;
  id: number | null;
  disc: string;
  position: string;
  title: string;
  duration: string;
};

/** A listening link; `track` is the key of the track row it is for, "" for the whole album. */
export type LinkRow = { key: string; track: string; label: string; url: string };

export type EditorValues = {
  filmTitle: string;
  filmYear: string;
  composers: string[];
  label: string;
  albumReleaseDate: string;
  coverAlt: string;
  headline: string;
  slug: string;
  summary: string;
  /** "" for none, or points as typed: "8.5". */
  criticScore: string;
  body: string;
  tracks: TrackRow[];
  links: LinkRow[];
};

export const EMPTY_VALUES: EditorValues = {
  filmTitle: "",
  filmYear: "",
  composers: [""],
  label: "",
  albumReleaseDate: "",
  coverAlt: "",
  headline: "",
  slug: "",
  summary: "",
  criticScore: "",
  body: "",
  tracks: [],
  links: [],
};

const text = z.string().catch("");
const trackRow = z.object({
  key: z.string().min(1),
  id: z.number().int().positive().nullable().catch(null),
  disc: text,
  position: text,
  title: text,
  duration: text,
});
const linkRow = z.object({ key: z.string().min(1), track: text, label: text, url: text });
const rows = <T extends z.ZodType>(row: T) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((items) => items.flatMap((item) => row.safeParse(item).data ?? []));

/** Lenient: whatever it can read of a stored copy, and "" for the rest. */
const editorValuesSchema = z.object({
  filmTitle: text,
  filmYear: text,
  composers: z
    .array(z.string())
    .catch([""])
    .transform((names) => (names.length > 0 ? names : [""])),
  label: text,
  albumReleaseDate: text,
  coverAlt: text,
  headline: text,
  slug: text,
  summary: text,
  criticScore: text,
  body: text,
  tracks: rows(trackRow),
  links: rows(linkRow),
});

/** A stored copy (a revision, the browser's copy) as editor values, whatever shape it is in. */
export function readEditorValues(stored: unknown): EditorValues {
  const object = typeof stored === "object" && stored !== null ? stored : {};
  return editorValuesSchema.parse(object) as EditorValues;
}

function parseJson(value: FormValue | undefined): unknown {
  if (typeof value !== "string") return [];
  try {
    return JSON.parse(value);
  } catch {
    return [];
  }
}

const SCALARS = [
  "filmTitle",
  "filmYear",
  "label",
  "albumReleaseDate",
  "coverAlt",
  "headline",
  "slug",
  "summary",
  "criticScore",
  "body",
] as const;

/** The fields the editor sends: one per text field, a name per composer, the rows as JSON. */
export function editorFields(values: EditorValues): Record<string, FormValue> {
  const fields: Record<string, FormValue> = {};
  for (const name of SCALARS) fields[name] = values[name];
  fields.composers = values.composers;
  fields.tracks = JSON.stringify(values.tracks);
  fields.links = JSON.stringify(values.links);
  return fields;
}

/** Line breaks as a textarea has them: a form's body sends each as CR LF. */
export const lineBreaks = (text: string) => text.replace(/\r\n?/g, "\n");

/** The form as sent back into editor values, for a revision of what was typed. */
export function valuesFromFields(fields: Record<string, FormValue>): EditorValues {
  const composers = fields.composers;
  const scalar = (value: FormValue | undefined) =>
    typeof value === "string" ? lineBreaks(value) : "";
  return readEditorValues({
    ...Object.fromEntries(SCALARS.map((name) => [name, scalar(fields[name])])),
    composers: typeof composers === "string" ? [composers] : (composers ?? []),
    tracks: parseJson(fields.tracks),
    links: parseJson(fields.links),
  });
}

/** A form of these fields, as a browser sends it: a list is the same name several times. */
export function toFormData(fields: Record<string, FormValue | Blob>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form;
}

export function editorFormData(values: EditorValues, extra: Record<string, string> = {}): FormData {
  return toFormData({ ...editorFields(values), ...extra });
}

let counter = 0;
/** A key for a new row, unique in this page. */
export function newRowKey(prefix = "n"): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}

const normal = (title: string) => title.trim().toLowerCase();

/**
 * Gives rows without a stored track (pasted, or from an older version) the stored track with the
 * same title or, failing that, the same disc and number: readers' favourites of it stay.
 */
export function matchStoredTracks(
  rows: TrackRow[],
  stored: TrackRow[],
  { adoptKeys = false } = {},
): TrackRow[] {
  const claimed = new Set(rows.flatMap((row) => (row.id === null ? [] : [row.id])));
  const known = new Set(stored.map((row) => row.id));
  const unused = stored.filter((row) => row.id !== null && !claimed.has(row.id));
  const take = (match: (row: TrackRow) => boolean) => {
    const index = unused.findIndex(match);
    return index < 0 ? undefined : unused.splice(index, 1)[0];
  };
  const open = rows.map((row) => row.id === null || !known.has(row.id));
  const byTitle = rows.map((row, i) =>
    open[i] ? take((s) => normal(s.title) === normal(row.title)) : undefined,
  );
  return rows.map((row, i) => {
    if (!open[i]) return row;
    const match = byTitle[i] ?? take((s) => s.disc === row.disc && s.position === row.position);
    if (!match) return { ...row, id: null };
    // A pasted row takes the key of the row it replaces, so links to that track still find it.
    return { ...row, id: match.id, key: adoptKeys ? match.key : row.key };
  });
}

/** Rows for a pasted track list, each keeping the stored track it matches. */
export function rowsFromParsed(parsed: ParsedTrack[], existing: TrackRow[]): TrackRow[] {
  const rows = parsed.map((track) => ({
    key: newRowKey(),
    id: null,
    disc: String(track.disc),
    position: String(track.position),
    title: track.title,
    duration: formatDuration(track.durationSeconds),
  }));
  return matchStoredTracks(rows, existing, { adoptKeys: true });
}

/** A version in the review's history, as the editor lists it. */
export type RevisionItem = {
  id: number;
  kind: "autosave" | "save" | "restore";
  createdAt: number;
  author: string | null;
};

/** A secret preview link that still works. */
export type PreviewLinkItem = { token: string; expiresAt: number };

/** The rows with the stored tracks a save gave them. */
export function withTrackIds(values: EditorValues, trackIds: Record<string, number>): EditorValues {
  return {
    ...values,
    tracks: values.tracks.map((t) => ({ ...t, id: trackIds[t.key] ?? t.id })),
  };
}
