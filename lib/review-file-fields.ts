import { z } from "zod";
import { linkLabelSchema, linkUrlSchema } from "@/lib/link-schemas";
import { BODY_ALT_MISSING, hasImageWithoutAlt } from "@/lib/body-images";
import { parseReleaseDate } from "@/lib/release-date";
import {
  composerProblems,
  describeComposerProblem,
  FILM_YEAR_MAX,
  FILM_YEAR_MIN,
  FILM_YEARS,
  keepTo,
  listAtMost,
  MAX_COMPOSER_NAME_LENGTH,
  MAX_COVER_ALT_LENGTH,
  MAX_FILM_TITLE_LENGTH,
  MAX_HEADLINE_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_BODY_LENGTH,
  MAX_LINKS,
  MAX_SLUG_LENGTH,
  MAX_SOUNDTRACK_SLUG_LENGTH,
  MAX_SUMMARY_LENGTH,
  MAX_TRACKS,
  SCORE_PATTERN,
  SCORE_RANGE,
  SLUG_PATTERN,
  SLUG_RULE,
} from "@/lib/review-rules";
import { slugify } from "@/lib/slug";
import { parseTrackList, type ParsedTrack } from "@/lib/track-list";

/**
 * The checks on a review file's front matter, track list and body (see lib/review-file.ts for the
 * format): the editor's own (lib/review-rules.ts), so that an imported review is one the editor
 * can save.
 */

const TRACKS_MESSAGE = "give the track list, one track a line, like 1. A Storm Is Coming (1:12)";
const SCORE_MESSAGE = `give a score ${SCORE_RANGE} in tenths, like 8.5`;
const YEAR_MESSAGE = `give the film's year, ${FILM_YEARS}`;
const RELEASE_DATE_MESSAGE = "give the album's release date, like 2024-09-13";
const WEEK_MESSAGE = "give the week number, 1 or more";
/** The address of a cover stored in a database (db/queries/cover-images.ts coverUrl). */
const STORED_COVER = /^\/covers\/\d+\?/;
const LINK_TRACK_MESSAGE = "give the track's number, or leave the line out for the album";
const COMPOSER_NAME: Cap = ["each composer's name", MAX_COMPOSER_NAME_LENGTH];
const LINK_DISC_MESSAGE = "give the track's disc, 1 or more, or leave the line out for disc 1";

// YAML reads `film: 1917` as a number; a title is still meant.
const asText = (value: unknown) => (typeof value === "number" ? String(value) : value);
/** The editor's limit on a field: [what it is called, its most characters]. */
type Cap = [what: string, max: number];
const text = (message: string, cap?: Cap) => {
  const given = z.string({ error: message }).trim().min(1, message);
  return z.preprocess(asText, cap ? given.max(cap[1], keepTo(...cap)) : given);
};
const optionalText = (message: string, cap?: Cap) => text(message, cap).nullish();
const slug = (message: string, [what, max]: Cap) =>
  z.string({ error: message }).regex(SLUG_PATTERN, SLUG_RULE).max(max, keepTo(what, max));
const whole = (message: string) => z.number({ error: message }).int(message).min(1, message);

/** A listening link: the album's, or a track's when `track` (and `disc`, 1 by default) says. */
const linkSchema = z.object(
  {
    label: linkLabelSchema,
    url: linkUrlSchema,
    track: whole(LINK_TRACK_MESSAGE).nullish(),
    disc: whole(LINK_DISC_MESSAGE).nullish(),
  },
  { error: "give each link as lines of label, url and, for a track, track" },
);

const frontMatterSchema = z.object({
  title: text("give the review's headline", ["the headline", MAX_HEADLINE_LENGTH]),
  film: text("give the film's title", ["the film's title", MAX_FILM_TITLE_LENGTH]),
  slug: slug("give the address as lower-case words joined by hyphens", [
    "the address",
    MAX_SLUG_LENGTH,
  ]).nullish(),
  soundtrack_slug: slug("give the soundtrack's address as lower-case words joined by hyphens", [
    "the soundtrack's address",
    MAX_SOUNDTRACK_SLUG_LENGTH,
  ]).nullish(),
  year: z
    .number({ error: YEAR_MESSAGE })
    .int(YEAR_MESSAGE)
    .min(FILM_YEAR_MIN, YEAR_MESSAGE)
    .max(FILM_YEAR_MAX, YEAR_MESSAGE)
    .nullish(),
  composer: optionalText("give the composer's name", COMPOSER_NAME),
  composers: z
    .array(text("give each composer's name", COMPOSER_NAME), {
      error: "list the composers, one a line",
    })
    .nullish(),
  label: optionalText("give the record label, or leave the line out", [
    "the record label",
    MAX_LABEL_LENGTH,
  ]),
  // As the editor keeps it, an ISO date, whichever way the file writes the day.
  release_date: optionalText(RELEASE_DATE_MESSAGE).transform((typed, ctx) => {
    if (!typed) return typed;
    const iso = parseReleaseDate(typed);
    if (!iso) ctx.addIssue({ code: "custom", message: RELEASE_DATE_MESSAGE });
    return iso;
  }),
  cover_image_url: optionalText("give the cover image's address, or leave the line out").refine(
    (url) => !url || !STORED_COVER.test(url),
    "that address is a cover stored in another database (an older export): give it as cover_file",
  ),
  cover_file: optionalText("give the cover image's file name, like glass-onion.cover.jpg"),
  cover_alt: optionalText("describe the cover image, or leave the line out", [
    "the cover's description",
    MAX_COVER_ALT_LENGTH,
  ]),
  sample: z.boolean({ error: "write true or false" }).nullish(),
  critic_score: z
    .preprocess(asText, z.string({ error: SCORE_MESSAGE }).regex(SCORE_PATTERN, SCORE_MESSAGE))
    .nullish(),
  status: z
    .enum(["draft", "scheduled", "published"], { error: "use draft, scheduled or published" })
    .nullish(),
  published_at: z.iso
    .datetime({ offset: true, error: "give a date and time like 2026-12-01T09:00:00Z" })
    .nullish(),
  week: z.number({ error: WEEK_MESSAGE }).int(WEEK_MESSAGE).min(1, WEEK_MESSAGE).nullish(),
  // An empty summary is one the editor left empty; no line at all means the first paragraph.
  summary: z
    .preprocess(
      asText,
      z
        .string({ error: "write a summary, or leave the line out" })
        .trim()
        .max(MAX_SUMMARY_LENGTH, keepTo("the summary", MAX_SUMMARY_LENGTH)),
    )
    .nullish(),
  tracks: z.string({ error: TRACKS_MESSAGE }),
  links: z
    .array(linkSchema, { error: "list the links, each with its label and url" })
    .max(MAX_LINKS, listAtMost(MAX_LINKS, "links"))
    .nullish(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

// Checks across fields run whenever the fields they read are valid, so a file's every problem
// is reported at once.
const composerFields = frontMatterSchema.pick({ composer: true, composers: true });
const placementFields = frontMatterSchema.pick({ status: true, published_at: true, week: true });
const coverFields = frontMatterSchema.pick({ cover_file: true, cover_image_url: true });

/**
 * A file that carries a status is an export: it goes back as the editor left it, which for a
 * draft may be without composers, tracks or body. A new review's file needs all three.
 */
export function isExport(raw: object): boolean {
  const parsed = placementFields.safeParse(raw);
  return parsed.success && Boolean(parsed.data.status);
}

function composerNames(raw: object, exported: boolean): { names: string[]; errors: string[] } {
  const parsed = composerFields.safeParse(raw);
  if (!parsed.success) return { names: [], errors: [] };
  const { composer, composers } = parsed.data;
  if (composer && composers) {
    return { names: [], errors: ["composers: give composer or composers, not both"] };
  }
  const key = composers ? "composers" : "composer";
  const names = composers ?? (composer ? [composer] : []);
  if (names.length === 0 && !exported) {
    return { names, errors: [`${key}: give at least one composer`] };
  }
  const problems = composerProblems(names);
  const errors = problems.map((p) => `${key}: ${describeComposerProblem(p, (n) => `'${n}'`)}`);
  return { names, errors };
}

function placementErrors(raw: object): string[] {
  const parsed = placementFields.safeParse(raw);
  if (!parsed.success) return [];
  const { status, published_at, week } = parsed.data;
  if (!status) {
    const stray = published_at ? "published_at" : week ? "week" : null;
    return stray ? [`status: give the status (draft, scheduled or published) with ${stray}`] : [];
  }
  if (status !== "draft" && !published_at) {
    return [`published_at: a ${status} review needs its date and time, like 2026-12-01T09:00:00Z`];
  }
  return [];
}

function coverErrors(raw: object): string[] {
  const parsed = coverFields.safeParse(raw);
  return parsed.success && parsed.data.cover_file && parsed.data.cover_image_url
    ? ["cover_file: give cover_file or cover_image_url, not both"]
    : [];
}

/** "links, item 2, url" for the url of the second link. */
function issuePath(path: PropertyKey[]): string {
  return path
    .map((part) => (typeof part === "number" ? `item ${part + 1}` : String(part)))
    .join(", ");
}

export type CheckedFrontMatter =
  | { ok: true; facts: FrontMatter; slug: string; composers: string[] }
  | { ok: false; errors: string[] };

/**
 * The front matter's facts, or one message per problem, each starting with its field's name;
 * `exported` is isExport(raw).
 */
export function checkFrontMatter(raw: object, exported: boolean): CheckedFrontMatter {
  const parsed = frontMatterSchema.safeParse(raw);
  const composers = composerNames(raw, exported);
  const errors = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`)),
    ...composers.errors,
    ...placementErrors(raw),
    ...coverErrors(raw),
  ];
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  const slug = parsed.data.slug ?? slugify(parsed.data.film);
  if (slug === "") {
    return { ok: false, errors: ["slug: give one, as the film's title has no letters or digits"] };
  }
  if (slug.length > MAX_SLUG_LENGTH) {
    const message = `give one, as the one made from the film's title is longer than ${MAX_SLUG_LENGTH} characters`;
    return { ok: false, errors: [`slug: ${message}`] };
  }
  return { ok: true, facts: parsed.data, slug, composers: composers.names };
}

/** The body's first paragraph: the summary of a file that gives none. */
export function firstParagraph(body: string): string {
  return body.split(/\n\s*\n/)[0]?.trim() ?? "";
}

function quoted(line: string): string {
  return `'${line.length > 60 ? `${line.slice(0, 59)}…` : line}'`;
}

/** The track list's tracks, and a message per line it cannot read, naming the line. */
export function readTracks(
  value: unknown,
  exported: boolean,
): { tracks: ParsedTrack[]; errors: string[] } {
  if (typeof value !== "string") return { tracks: [], errors: [] };
  const { tracks, errors } = parseTrackList(value);
  const messages = errors.map(
    (e) =>
      `tracks, line ${e.line} (${quoted(e.text)}): ${e.reason[0]?.toLowerCase()}${e.reason.slice(1)}`,
  );
  if (tracks.length === 0 && errors.length === 0 && !exported) {
    messages.push(`tracks: ${TRACKS_MESSAGE}`);
  }
  if (tracks.length > MAX_TRACKS) messages.push(`tracks: ${listAtMost(MAX_TRACKS, "tracks")}`);
  return { tracks, errors: messages };
}

/** What the editor would refuse in the body, or in the summary taken from it when none is given. */
export function bodyErrors(raw: object, body: string, exported: boolean): string[] {
  const errors: string[] = [];
  if (body === "" && !exported) errors.push("body: write the review below the front matter");
  if (body.length > MAX_BODY_LENGTH) errors.push(`body: ${keepTo("the review", MAX_BODY_LENGTH)}`);
  if (hasImageWithoutAlt(body)) errors.push(`body: ${BODY_ALT_MISSING}`);
  const { summary } = raw as { summary?: unknown };
  if (summary == null && firstParagraph(body).length > MAX_SUMMARY_LENGTH) {
    errors.push(
      `summary: give one, as the body's first paragraph is longer than ${MAX_SUMMARY_LENGTH} characters`,
    );
  }
  return errors;
}
