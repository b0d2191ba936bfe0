/**
 * A review as a Markdown file: the format `npm run reviews:import` reads and
 * `npm run reviews:export` writes (db/seed-data/mission-impossible-fallout.md is one).
 *
 *   ---
 *   title: "Exploring Soundtracks: Mission Impossible – Fallout"   the headline (required)
 *   slug: mission-impossible-fallout     the address /reviews/<slug>; default: from the film
 *   soundtrack_slug: fallout             the soundtrack's own (comparisons); default: the slug
 *   film: "Mission: Impossible – Fallout"                           (required)
 *   year: 2018                           the film's year
 *   composer: Lorne Balfe                one composer, or a list:
 *   composers: [Ottilie Brandquist, Femi Laskaris]                  (one of the two required)
 *   label: Parallax Hymnal Records
 *   release_date: 2024-09-13             the album's day, kept so (13/09/2024 reads as it too)
 *   cover_file: fallout.cover.jpg        the cover, a file beside this one (JPEG, PNG, WebP or
 *                                        GIF, at most 2 MB), or an address the site serves:
 *   cover_image_url: /covers/glasswater-meridian.svg
 *   cover_alt: Concentric pale-teal rings …
 *   links:                               listening links, in order: the album's, or a track's
 *     - label: Bandcamp
 *       url: https://example.bandcamp.com/album/fallout
 *     - label: Spotify
 *       url: https://open.spotify.com/track/…
 *       track: 18                          the track's number; `disc: 2` for another disc
 *   sample: true                         an invented review of the demo site
 *   critic_score: "8.5"                  0 to 10 in tenths; none when the critic gave none
 *   status: published                    draft, scheduled or published; none for a new review
 *   published_at: 2026-11-23T09:00:00Z   ISO 8601 with a zone; required when scheduled or published
 *   week: 1                              the series' week number
 *   summary: …                           default: the body's first paragraph; "" for none
 *   tracks: |                            (required) one track a line, as lib/track-list.ts reads
 *     1. A Storm Is Coming (1:12)          them; "Disc 2" on a line of its own starts a disc
 *   ---
 *
 *   The body in Markdown: everything after the closing ---, trimmed.
 *
 * Every field is held to the editor's limits (lib/review-rules.ts), so that an imported review is
 * one the editor can save. Other keys (the original's `series` and `note`) are ignored;
 * published_at and week need a status. A file with a status is an export, put back as the editor left it: a draft's may have
 * no composers, tracks or body. Export writes every field the review has (the summary only when
 * it is not the first paragraph, the cover stored in the database as a file beside the review's),
 * so importing its files reproduces the reviews exactly.
 */
import { parseDocument, stringify } from "yaml";
import { formatDuration } from "@/lib/duration";
import { formatScore } from "@/lib/format";
import {
  bodyErrors,
  checkFrontMatter,
  type CheckedFrontMatter,
  firstParagraph,
  isExport,
  readTracks,
  type FrontMatter,
} from "@/lib/review-file-fields";
import { scoreTenths, SLUG_PATTERN } from "@/lib/review-rules";
import type { ParsedTrack } from "@/lib/track-list";

/** A listening link, for the album or for the track at `track`. */
export type ReviewFileLink = {
  label: string;
  url: string;
  track: { disc: number; position: number } | null;
};

export type ReviewFile = {
  slug: string;
  /** The soundtrack's own slug, in comparisons' addresses; the review's unless it was changed. */
  soundtrackSlug: string;
  headline: string;
  filmTitle: string;
  filmYear: number | null;
  label: string | null;
  albumReleaseDate: string | null;
  coverImageUrl: string | null;
  /** The cover's file, beside the review's (a name or a path from that folder). */
  coverFile: string | null;
  coverAlt: string | null;
  isSample: boolean;
  composers: string[];
  tracks: ParsedTrack[];
  links: ReviewFileLink[];
  summary: string;
  body: string;
  /** Tenths: 85 is 8.5. */
  criticScore: number | null;
  /** Null when the file gives none: a new review. */
  status: "draft" | "scheduled" | "published" | null;
  publishedAt: Date | null;
  weekNumber: number | null;
};

export type ReviewFileResult = { ok: true; review: ReviewFile } | { ok: false; errors: string[] };

const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n([\s\S]*))?$/;

/** The front matter as data and the body, or what keeps the file from being read. */
function splitFile(source: string): { raw: object; body: string } | string {
  const match = FRONT_MATTER.exec(source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  if (!match) return "front matter: begin the file with a block between two --- lines";
  const document = parseDocument(match[1] ?? "");
  const yamlError = document.errors[0];
  if (yamlError) {
    // The opening --- is the file's first line.
    const line = (yamlError.linePos?.[0].line ?? 0) + 1;
    return `front matter, line ${line} of the file: ${yamlError.message.split(" at line ")[0]}`;
  }
  const raw: unknown = document.toJS() ?? {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return "front matter: write it as lines of key: value";
  }
  return { raw, body: (match[2] ?? "").trim() };
}

type FileLink = NonNullable<FrontMatter["links"]>[number];
type CheckedFacts = Extract<CheckedFrontMatter, { ok: true }>;

/** Each link with its track as a place in the list, and what is wrong with the tracks named. */
function readLinks(
  links: FileLink[],
  tracks: ParsedTrack[],
): { links: ReviewFileLink[]; errors: string[] } {
  const errors: string[] = [];
  const read = links.map(({ label, url, track, disc }, i): ReviewFileLink => {
    const at = `links, item ${i + 1}`;
    if (!track) {
      if (disc) errors.push(`${at}, disc: give the track too, or leave disc out for the album`);
      return { label, url, track: null };
    }
    const place = { disc: disc ?? 1, position: track };
    if (!tracks.some((t) => t.disc === place.disc && t.position === place.position)) {
      const onDisc = place.disc === 1 ? "" : ` on disc ${place.disc}`;
      errors.push(`${at}, track: the tracks have no number ${track}${onDisc}`);
    }
    return { label, url, track: place };
  });
  return { links: read, errors };
}

function toReview(
  { facts, slug, composers }: CheckedFacts,
  tracks: ParsedTrack[],
  links: ReviewFileLink[],
  body: string,
): ReviewFile {
  return {
    slug,
    soundtrackSlug: facts.soundtrack_slug ?? slug,
    headline: facts.title,
    filmTitle: facts.film,
    filmYear: facts.year ?? null,
    label: facts.label ?? null,
    albumReleaseDate: facts.release_date ?? null,
    coverImageUrl: facts.cover_image_url ?? null,
    coverFile: facts.cover_file ?? null,
    coverAlt: facts.cover_alt ?? null,
    isSample: facts.sample ?? false,
    composers,
    tracks,
    links,
    summary: facts.summary ?? firstParagraph(body),
    body,
    criticScore: facts.critic_score ? scoreTenths(facts.critic_score) : null,
    status: facts.status ?? null,
    publishedAt: facts.published_at ? new Date(facts.published_at) : null,
    weekNumber: facts.week ?? null,
  };
}

/** Reads a review file; every problem comes back at once, each naming its field or track line. */
export function parseReviewFile(source: string): ReviewFileResult {
  const split = splitFile(source);
  if (typeof split === "string") return { ok: false, errors: [split] };
  const exported = isExport(split.raw);
  const checked = checkFrontMatter(split.raw, exported);
  const tracks = readTracks((split.raw as { tracks?: unknown }).tracks, exported);
  const links = readLinks(checked.ok ? (checked.facts.links ?? []) : [], tracks.tracks);
  const errors = [
    ...(checked.ok ? [] : checked.errors),
    ...tracks.errors,
    ...links.errors,
    ...bodyErrors(split.raw, split.body, exported),
  ];
  if (!checked.ok || errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    review: toReview(checked, tracks.tracks, links.links, split.body),
  };
}

function trackListText(tracks: ParsedTrack[]): string {
  if (tracks.length === 0) return "";
  const multiDisc = tracks.some((t) => t.disc !== 1);
  let disc = 0;
  const lines: string[] = [];
  for (const t of tracks) {
    if (multiDisc && t.disc !== disc) {
      if (disc !== 0) lines.push("");
      lines.push(`Disc ${t.disc}`);
      disc = t.disc;
    }
    lines.push(`${t.position}. ${t.title} (${formatDuration(t.durationSeconds)})`);
  }
  return `${lines.join("\n")}\n`;
}

function linkFacts({ label, url, track }: ReviewFileLink) {
  if (!track) return { label, url };
  return { label, url, track: track.position, ...(track.disc !== 1 && { disc: track.disc }) };
}

/** The file for a review: what parseReviewFile reads back as the same review. */
export function serializeReviewFile(review: ReviewFile): string {
  const [onlyComposer] = review.composers;
  const facts = {
    title: review.headline,
    slug: review.slug,
    soundtrack_slug: review.soundtrackSlug === review.slug ? undefined : review.soundtrackSlug,
    film: review.filmTitle,
    year: review.filmYear ?? undefined,
    ...(review.composers.length === 1
      ? { composer: onlyComposer }
      : { composers: review.composers }),
    label: review.label ?? undefined,
    release_date: review.albumReleaseDate ?? undefined,
    cover_file: review.coverFile ?? undefined,
    cover_image_url: review.coverImageUrl ?? undefined,
    cover_alt: review.coverAlt ?? undefined,
    links: review.links.length > 0 ? review.links.map(linkFacts) : undefined,
    sample: review.isSample || undefined,
    critic_score: review.criticScore === null ? undefined : formatScore(review.criticScore),
    status: review.status ?? undefined,
    published_at: review.publishedAt?.toISOString().replace(".000Z", "Z"),
    week: review.weekNumber ?? undefined,
    summary: review.summary === firstParagraph(review.body) ? undefined : review.summary,
    tracks: trackListText(review.tracks),
  };
  const frontMatter = stringify(facts, { lineWidth: 0, blockQuote: "literal" });
  return `---\n${frontMatter}---\n\n${review.body}\n`;
}

/** A review's file name, or null when its slug could not be one (a slug from before the rules). */
export function reviewFileName(slug: string): string | null {
  return SLUG_PATTERN.test(slug) ? `${slug}.md` : null;
}

const COVER_EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
};

const OTHER_COVER_EXTENSION = "img";

/** A stored image's file extension, from its type: jpg, png, webp or gif. */
export function imageExtension(contentType: string): string {
  return COVER_EXTENSIONS[contentType] ?? OTHER_COVER_EXTENSION;
}

/** The name of a review's cover file beside its own: glass-onion.cover.jpg. */
export function coverFileName(slug: string, contentType: string): string {
  return `${slug}.cover.${imageExtension(contentType)}`;
}

const COVER_FILE = new RegExp(
  `\\.cover\\.(${[...Object.values(COVER_EXTENSIONS), OTHER_COVER_EXTENSION].join("|")})$`,
);

/** Whether a path names a cover as coverFileName does: an export's cover, not a review. */
export function isCoverFileName(path: string): boolean {
  return COVER_FILE.test(path);
}
