/**
 * A deterministic synthetic catalogue for the benchmark: a fresh SQLite file with the migrations,
 * the normal seed, and at --scale 1 about 10,000 reviewed soundtracks, 200,000 tracks, 100,000
 * readers, 1,000,000 scores, 500,000 comments (5,000 of them on the seeded first review), likes,
 * favourite tracks and a few reports.
 *
 *   tsx scripts/bench-data.ts [--out data/bench.db] [--scale 1]
 *
 * Everything comes from seeded PRNGs and one fixed "now" (BENCH_NOW), so two runs write the same
 * rows; only password hashes differ, because hashPassword salts at random.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import type { Client, InStatement, InValue } from "@libsql/client";
import { DEMO_ACCOUNTS } from "@/db/accounts";
import { connect } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { ARCHIVE_PAGE_SIZE } from "@/lib/archive";
import { hashPassword } from "@/lib/auth/password";
import { COMMENT_PAGE_SIZE, REPORT_REASONS } from "@/lib/comment-rules";
import { MAX_FAVOURITES, SCORE_STEPS } from "@/lib/scores";
import { slugify } from "@/lib/slug";
import { formatCount, formatDuration, Progress, type ProgressUpdate } from "./progress";

// ---- What the benchmark needs to know -----------------------------------------------------------

/** Every bench reader (reader_000001 … ) signs in with this one password. */
export const BENCH_READER_PASSWORD = "bench-reader-password";
/** The reference "now" for everything synthetic; the seed is run with it too. */
export const BENCH_NOW = new Date("2026-11-01T00:00:00Z");
/** The seeded first review, which gets exactly max(50, 5000 × scale) comments and replies. */
export const BENCH_REVIEW_SLUG = "mission-impossible-fallout";
/** The most active reader: has scores and comments at every scale, for a profile page. */
export const BENCH_PROFILE_HANDLE = "reader_000001";
export const BENCH_READER_EMAIL = "reader_000001@bench.test";
export const BENCH_DEFAULT_OUT = "data/bench.db";

/** Row counts at --scale 1; every one is multiplied by the scale. */
export const BENCH_TARGETS = {
  composers: 2_000,
  soundtracks: 10_000,
  tracks: 200_000,
  readers: 100_000,
  readerScores: 1_000_000,
  comments: 500_000,
  featuredComments: 5_000,
  commentLikes: 300_000,
  favouriteTracks: 300_000,
  commentReports: 1_000,
} as const;

export const BENCH_MAX_SCALE = 10;

export type BenchCounts = { [K in keyof typeof BENCH_TARGETS]: number };

/** The counts a scale asks for, with the floors that keep a tiny scale the same shape. */
export function benchCounts(scale: number): BenchCounts {
  if (!(scale > 0) || scale > BENCH_MAX_SCALE) {
    throw new RangeError(`The scale must be greater than 0 and at most ${BENCH_MAX_SCALE}`);
  }
  const n = (target: number) => Math.round(target * scale);
  const soundtracks = Math.max(2, n(BENCH_TARGETS.soundtracks));
  const readers = Math.max(20, n(BENCH_TARGETS.readers));
  const featuredComments = Math.max(50, n(BENCH_TARGETS.featuredComments));
  return {
    composers: Math.min(soundtracks, Math.max(1, n(BENCH_TARGETS.composers))),
    soundtracks,
    tracks: Math.min(40 * soundtracks, Math.max(8 * soundtracks, n(BENCH_TARGETS.tracks))),
    readers,
    readerScores: Math.max(1, n(BENCH_TARGETS.readerScores)),
    comments: Math.max(featuredComments, n(BENCH_TARGETS.comments)),
    featuredComments,
    commentLikes: n(BENCH_TARGETS.commentLikes),
    favouriteTracks: n(BENCH_TARGETS.favouriteTracks),
    commentReports: n(BENCH_TARGETS.commentReports),
  };
}

/** 1 -> "reader_000001" (at least six digits). */
export function readerHandle(n: number): string {
  return `reader_${String(n).padStart(6, "0")}`;
}

/** A stable UUID-shaped id for a name (not random, so that two runs agree). */
export function benchUserId(name: string): string {
  const h = createHash("sha256").update(`bench-user:${name}`).digest("hex");
  const variant = "89ab"[parseInt(h[16]!, 16) & 3]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type BenchDataOptions = {
  /** A `file:` URL; the file and its -wal/-shm are deleted first. */
  url: string;
  scale?: number;
  onProgress?: (update: ProgressUpdate) => void;
};

export type BenchDataResult = {
  url: string;
  scale: number;
  elapsedMs: number;
  /** Rows per table, every table but drizzle's own. */
  rowCounts: Record<string, number>;
  /** The review with the long discussion. */
  review: {
    slug: string;
    id: number;
    comments: number;
    /** Top-level comments a reader can see: not deleted, or deleted but holding live replies. */
    threads: number;
    /** Pages of COMMENT_PAGE_SIZE threads. */
    commentPages: number;
  };
  profile: { handle: string; email: string; password: string; scores: number; comments: number };
  /** The composer with the most reviews, for a long composer page. */
  composer: { slug: string; reviews: number };
  /** Pages of the archive (ARCHIVE_PAGE_SIZE reviews each). */
  archivePages: number;
};

// ---- Deterministic randomness -------------------------------------------------------------------

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(label: string, salt = 0): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const rngFor = (label: string, salt = 0) => mulberry32(seedOf(label, salt));
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;

function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function shuffledIndices(n: number, rng: Rng): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Splits `total` over the weights, no entry above its cap; sums to `total` when the caps allow. */
function allocate(total: number, weights: Float64Array, cap: (i: number) => number, rng: Rng) {
  const n = weights.length;
  const counts = new Int32Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i]!;
  let assigned = 0;
  for (let i = 0; i < n && sum > 0; i++) {
    const c = Math.min(cap(i), Math.floor((total * weights[i]!) / sum));
    counts[i] = c;
    assigned += c;
  }
  const order = shuffledIndices(n, rng);
  let rest = total - assigned;
  while (rest > 0) {
    let moved = false;
    for (let k = 0; k < n && rest > 0; k++) {
      const i = order[k]!;
      if (counts[i]! < cap(i)) {
        counts[i]! += 1;
        rest--;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return counts;
}

// ---- Words --------------------------------------------------------------------------------------

/** Words for the generated text, written as "a | b | c" lines. */
function list(text: string): readonly string[] {
  return text
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter(Boolean);
}

const ADJECTIVES = list(`
  Silent | Crimson | Hollow | Last | Distant | Broken | Golden | Northern | Burning | Quiet
  Shattered | Endless | Hidden | Frozen | Electric | Midnight | Velvet | Iron | Paper | Glass
  Wild | Lonely | Secret | Restless | Bright | Fading | Gentle | Lost | Eternal | Forgotten
  Scarlet | Pale | Rising | Falling | Second | Final | Open | Copper | Sleeping | Painted
  Drifting | Salt | Winter | Summer | Ashen | Tidal
`);

const NOUNS = list(`
  Harbour | Mountain | River | Kingdom | Signal | Garden | Empire | Frontier | Witness
  Horizon | Letter | Engine | Lighthouse | Station | Orchard | Compass | Voyage | Storm
  Shadow | Mirror | Crown | Island | Canyon | Machine | Circus | Archive | Cathedral | Bridge
  Desert | Forest | Tide | Ember | Parade | Cipher | Ransom | Orbit | Echo | Citadel
  Meridian | Lantern | Comet | Harvest | Wolf | Falcon | Violin | Ferry | Observatory
  Carousel | Monsoon | Avalanche | Labyrinth | Reef | Quarry | Glacier
`);

const PLACES = list(`
  Ashcombe | Greywater | Kestrel Point | Thornbury | Brightmoor | Saltmarsh | Calder Bay
  Halloway | Vennick | Orlan Falls | Marrow Hill | Dunmere | Castellan | Ravensholm
  Port Elstow | Whitlow | Corrigan's Reach | Silvergate | Lowmoor | Asterley
`);

const FIRST_NAMES = list(`
  Anna | Ben | Clara | Daniel | Elena | Felix | Greta | Hugo | Ines | Jonas | Kira | Leo
  Maya | Nils | Olive | Pavel | Quinn | Rosa | Samuel | Tessa | Umar | Vera | Walter | Xenia
  Yusuf | Zoe | Amara | Bruno | Celia | Dario | Edith | Farid | Hanna | Ivo | Jude | Keiko
  Lars | Mila | Noor | Oskar | Priya | Rafael | Sofia | Tomas | Ulla | Viktor | Wren | Yara
  Aurelio | Beatrix | Cosimo | Delphine | Emil | Flora | Gideon | Helena | Isak | Juno
  Leonie | Matteo
`);

const LAST_NAMES = list(`
  Albrecht | Barros | Castell | Delaney | Eriksen | Ferrante | Galloway | Hartmann | Ishikawa
  Jovanovic | Kowalczyk | Lindqvist | Moreau | Novak | Okafor | Petrov | Quiller | Rinaldi
  Sorensen | Takahashi | Underwood | Valdez | Whitcombe | Xavier | Yamada | Zeller | Ashdown
  Brannigan | Carvalho | Draycott | Esposito | Fairweather | Grimaldi | Holloway | Ibarra
  Jaworski | Kerrigan | Lautner | Marchetti | Nakamura | Oyelaran | Pemberton | Quintero
  Rasmussen | Salazar | Thornton | Ulrich | Vasquez | Wexford | Youngblood | Zamora
  Abernathy | Bellweather | Cardenas | Devereux | Elsworth | Falkner | Gustafsson | Haverford
  Ingram | Jessup | Kinsella | Larkspur | Montague | Northcott | Oakley | Penhallow | Redgrave
  Stanhope | Tregarthen | Vance | Winterbourne | Ashworth | Blackwood | Crane | Dunmore
  Everly | Fenwick
`);

const LABELS = list(`
  Northlight Records | Cinder Sound | Harbourline Music | Quiet Engine Records | Silver Reel
  Lakeside Scores | Meridian Classics | Tallow & Reed | Foxglove Recordings
  Blue Lantern Music | Kettledrum Editions | Arcway Records | Stillwater Soundtracks
  Copperplate Music | Sable Hill Records | Eastgate Audio | Ninefold Records
  Red Kite Records
`);

const INSTRUMENTS = list(`
  low strings | muted brass | a solo cello | wordless choir | prepared piano
  analogue synthesisers | taiko drums | harp | woodwinds | a twelve-string guitar | celesta
  pipe organ | French horns | timpani | a solo violin | duduk | accordion | glass harmonica
  a string quartet | hammered dulcimer
`);

const MOODS = list(`
  melancholy | propulsive | playful | brooding | luminous | tense | tender | triumphant
  uneasy | wistful | restless | elegiac | mischievous | austere
`);

const HEADINGS = list(`
  The main theme | Under picture | On the album | A word on the sequencing | The quieter cues
  Action, and its limits | Where it lands
`);

type TextContext = { rng: Rng; film: string; composer: string; tracks: readonly string[] };

const track = (c: TextContext) => `“${pick(c.rng, c.tracks)}”`;
const mood = (c: TextContext) => pick(c.rng, MOODS);
const instrument = (c: TextContext) => pick(c.rng, INSTRUMENTS);

const REVIEW_SENTENCES: readonly ((c: TextContext) => string)[] = [
  (c) => `${c.composer}’s score for *${c.film}* is ${mood(c)} from its opening bars.`,
  (c) =>
    `The album opens with ${track(c)}, a ${mood(c)} cue built on ${instrument(c)} and ${instrument(c)}.`,
  (c) => `By the time ${track(c)} arrives, the main theme has been turned quietly inside out.`,
  (c) =>
    `Much of the middle stretch leans on ${instrument(c)}, which gives the action cues a ${mood(c)} edge.`,
  (c) => `${c.composer} resists the temptation to underline every emotion the film already shows.`,
  (c) =>
    `Listeners who know the film will recognise ${track(c)} from its most ${mood(c)} sequence.`,
  (c) => `There is a lovely moment in ${track(c)} where ${instrument(c)} takes the melody alone.`,
  (c) =>
    `Not every cue survives away from the picture; ${track(c)} in particular feels like connective tissue.`,
  (c) =>
    `The orchestration is careful rather than showy, and the mix leaves room for ${instrument(c)}.`,
  () => `It is the kind of score that rewards a second listen with headphones.`,
  (c) => `${track(c)} is the highlight: ${mood(c)}, patient, and over far too soon.`,
  (c) =>
    `The writing for ${instrument(c)} recalls the great scores of the seventies without copying them.`,
  () => `Where the film is loud, the music is often at its most restrained.`,
  (c) => `A recurring four-note figure ties the album together, surfacing again in ${track(c)}.`,
  (c) => `The final third gathers every motif into something genuinely ${mood(c)}.`,
  () => `If there is a weakness, it is a tendency to resolve tension a bar or two too early.`,
  () => `The sequencing on the album is smart, alternating set pieces with breathing room.`,
  (c) => `${c.composer} treats silence as an instrument, and it shows in ${track(c)}.`,
  (c) => `Fans of ${instrument(c)} will find plenty to love here.`,
  (c) => `Even the shorter cues, like ${track(c)}, have a clear shape of their own.`,
  (c) => `The love theme is ${mood(c)} without tipping into sentimentality.`,
  (c) =>
    `It would be easy to call this a ${mood(c)} score and leave it there, but that undersells it.`,
];

const SUMMARIES: readonly ((c: TextContext) => string)[] = [
  (c) =>
    `${c.composer} gives *${c.film}* a ${mood(c)} score that works as well on the album as under picture.`,
  (c) => `A ${mood(c)}, carefully built soundtrack whose best moments belong to ${instrument(c)}.`,
  (c) =>
    `${c.composer}’s music for *${c.film}* is ${mood(c)} and patient, and worth the time it asks for.`,
  (c) => `Uneven in places, but ${track(c)} alone makes this album worth hearing.`,
  (c) => `A score that trades spectacle for character, led by ${instrument(c)}.`,
];

const HEADLINES: readonly ((c: TextContext) => string)[] = [
  (c) => `Exploring Soundtracks: ${c.film}`,
  (c) => `${c.composer} finds the ${mood(c)} heart of ${c.film}`,
  (c) => `${c.film}: a ${mood(c)} score built on ${instrument(c)}`,
  (c) => `${c.composer} turns ${c.film} into something ${mood(c)}`,
  (c) => `The quiet confidence of ${c.composer}’s ${c.film}`,
];

const COMMENT_SENTENCES: readonly ((c: TextContext) => string)[] = [
  (c) => `${track(c)} has been on repeat all week.`,
  () => `Great write-up, I hadn't noticed the theme coming back at the end.`,
  () => `I think you're a bit harsh on the middle of the album.`,
  (c) => `The bit with ${instrument(c)} gave me chills in the cinema.`,
  () => `Does anyone know if the expanded edition has the unused cues?`,
  () => `This is one of the few scores I listen to outside the film.`,
  (c) => `${track(c)} is *so* much better on the album than in the film.`,
  () => `Completely agree about the sequencing.`,
  () => `I'd score it a point higher, honestly.`,
  (c) => `Nobody talks about ${track(c)} enough.`,
  () => `The vinyl pressing sounds noticeably warmer, if anyone is wondering.`,
  (c) => `${c.composer} never misses.`,
  () => `Saw it twice just for the music.`,
  () => `The main theme is a bit too close to another score for my taste.`,
  (c) => `Anyone else hear the nod to the original film in ${track(c)}?`,
  () => `Thanks for the recommendation, this was new to me.`,
  () => `I wish the album were in film order.`,
  () => `Solid review, though I think the ending drags.`,
  () =>
    `There's an interview about the recording sessions that's worth reading: [here](https://example.com/interview).`,
  (c) => `> ${pick(c.rng, REVIEW_SENTENCES)(c)}\n\nExactly this.`,
  () => `Spoiler: the theme returns in the final scene and it's devastating.`,
  () => `Ten years on and it still holds up.`,
];

const REPLY_OPENERS = list(`
  Agreed. | Not sure about that. | Good point. | Ha, same here. | Fair enough, but
  I see it the other way. | Thanks! | Yes!
`);

function sentences(c: TextContext, from: readonly ((c: TextContext) => string)[], n: number) {
  const out: string[] = [];
  let last = -1;
  for (let i = 0; i < n; i++) {
    let k = Math.floor(c.rng() * from.length);
    if (k === last) k = (k + 1) % from.length;
    last = k;
    out.push(from[k]!(c));
  }
  return out.join(" ");
}

function reviewBody(c: TextContext): string {
  const paragraphs = int(c.rng, 3, 5);
  const headingAt = chance(c.rng, 0.35) ? int(c.rng, 1, paragraphs - 1) : -1;
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p === headingAt) parts.push(`## ${pick(c.rng, HEADINGS)}`);
    parts.push(sentences(c, REVIEW_SENTENCES, int(c.rng, 3, 6)));
  }
  return parts.join("\n\n");
}

function commentBody(c: TextContext, isReply: boolean): string {
  const text = sentences(c, COMMENT_SENTENCES, c.rng() < 0.6 ? 1 : int(c.rng, 2, 3));
  return isReply ? `${pick(c.rng, REPLY_OPENERS)} ${text}` : text;
}

function filmTitle(rng: Rng): string {
  const adj = pick(rng, ADJECTIVES);
  const noun = pick(rng, NOUNS);
  switch (int(rng, 0, 7)) {
    case 0:
    case 1:
      return `The ${adj} ${noun}`;
    case 2:
      return `${adj} ${noun}`;
    case 3:
      return `The ${noun} of ${pick(rng, PLACES)}`;
    case 4:
      return `The ${noun} at ${pick(rng, PLACES)}`;
    case 5:
      return `${pick(rng, FIRST_NAMES)}'s ${noun}`;
    case 6:
      return `${adj} ${noun} ${pick(rng, ["II", "III", "Returns", "Rising"])}`;
    default:
      return pick(rng, PLACES);
  }
}

function trackTitle(rng: Rng, position: number, count: number): string {
  if (position === 1 && chance(rng, 0.3)) return "Main Title";
  if (position === count && chance(rng, 0.25)) return "End Credits";
  const noun = pick(rng, NOUNS);
  switch (int(rng, 0, 6)) {
    case 0:
      return `${pick(rng, ADJECTIVES)} ${noun}`;
    case 1:
      return `The ${noun}`;
    case 2:
      return `${noun} Theme`;
    case 3:
      return `${pick(rng, FIRST_NAMES)}'s Theme`;
    case 4:
      return `Into the ${noun}`;
    case 5:
      return `${noun} at ${pick(rng, PLACES)}`;
    default:
      return `${pick(rng, ADJECTIVES)} ${noun}, Part ${int(rng, 1, 3)}`;
  }
}

type TrackRow = { disc: number; position: number; title: string; duration: number };

/** The track list of synthetic soundtrack k, the same every time it is asked for. */
function trackList(k: number, count: number): TrackRow[] {
  const rng = rngFor("tracks", k);
  const twoDiscs = count >= 24 && chance(rng, 0.35);
  const firstDisc = twoDiscs ? Math.ceil(count / 2) : count;
  const rows: TrackRow[] = [];
  for (let i = 0; i < count; i++) {
    const disc = i < firstDisc ? 1 : 2;
    const position = disc === 1 ? i + 1 : i + 1 - firstDisc;
    const discCount = disc === 1 ? firstDisc : count - firstDisc;
    const duration = Math.round(clamp(Math.exp(5.2 + 0.5 * normal(rng)), 30, 600));
    rows.push({ disc, position, title: trackTitle(rng, position, discCount), duration });
  }
  return rows;
}

// ---- Writing rows -------------------------------------------------------------------------------

/**
 * Rows travel as one JSON array per statement (`INSERT … SELECT … FROM json_each(?)`): one bound
 * parameter however many rows, so SQLite's 32,766-parameter limit never comes into it, and each
 * statement is a few hundred bytes to prepare. (500-row VALUES lists did the same work at the same
 * speed, but every prepared statement held native memory until V8 got round to collecting it:
 * 2.2 GB resident at scale 1.)
 */
const ROWS_PER_STATEMENT = 2_000;
const STATEMENTS_PER_TRANSACTION = 10;

/** A value JSON carries unchanged into SQLite: whole numbers stay INTEGER, strings TEXT. */
type Cell = string | number | null;

type Writer = {
  client: Client;
  /** Starts a phase of `total` rows (or other units). */
  phase(name: string, total: number, unit?: string): void;
  advance(rows: number): void;
};

/** 2,000 rows per INSERT, 20,000 per transaction; `emit` pushes row i's values in column order. */
async function insertRows(
  w: Writer,
  table: string,
  columns: readonly string[],
  count: number,
  emit: (i: number, row: Cell[]) => void,
) {
  const select = columns.map((_, c) => `value ->> ${c}`).join(", ");
  const sql = `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${select} FROM json_each(?)`;
  let i = 0;
  while (i < count) {
    const statements: InStatement[] = [];
    const from = i;
    while (statements.length < STATEMENTS_PER_TRANSACTION && i < count) {
      const n = Math.min(ROWS_PER_STATEMENT, count - i);
      const rows: Cell[][] = [];
      for (let r = 0; r < n; r++) {
        const row: Cell[] = [];
        emit(i + r, row);
        if (row.length !== columns.length) {
          throw new Error(`${table}: ${row.length} values for ${columns.length} columns`);
        }
        rows.push(row);
      }
      statements.push({ sql, args: [JSON.stringify(rows)] });
      i += n;
    }
    await w.client.batch(statements, "write");
    w.advance(i - from);
  }
}

async function scalar(client: Client, sql: string, args: InValue[] = []): Promise<number> {
  const rs = await client.execute({ sql, args });
  const value = rs.rows[0]?.[0];
  return value === null || value === undefined ? 0 : Number(value);
}

function removeDatabaseFiles(path: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path + suffix, { force: true });
}

function fileOfUrl(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Bench data needs a file: URL, not ${url}`);
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (!path || path === ":memory:") throw new Error(`Bench data needs a file on disk, not ${url}`);
  return path;
}

// ---- The generator ------------------------------------------------------------------------------

const NOW_MS = BENCH_NOW.getTime();
const NOW_S = NOW_MS / 1000;
const HOUR_S = 3600;
const DAY_S = 24 * HOUR_S;
/** Synthetic reviews come out every 8 hours, oldest first, before the seeded ones. */
const REVIEW_SPACING_S = 8 * HOUR_S;

/** Readers: 30% of picks lean towards the first readers, so reader_000001 is the busiest. */
function pickReader(rng: Rng, readers: number): number {
  return rng() < 0.3 ? Math.floor(readers * Math.pow(rng(), 1.5)) : Math.floor(readers * rng());
}

/** Fills `out` with `count` distinct readers, never `except`; `mark`/`stamp` avoid a Set per call. */
function distinctReaders(
  rng: Rng,
  readers: number,
  count: number,
  mark: Int32Array,
  stamp: number,
  except = -1,
): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    let u = pickReader(rng, readers);
    for (let tries = 0; (mark[u] === stamp || u === except) && tries < 4; tries++) {
      u = pickReader(rng, readers);
    }
    while (mark[u] === stamp || u === except) u = Math.floor(readers * rng());
    mark[u] = stamp;
    out[k] = u;
  }
  return out;
}

export async function generateBenchData(options: BenchDataOptions): Promise<BenchDataResult> {
  const started = performance.now();
  const scale = options.scale ?? 1;
  const counts = benchCounts(scale);
  const url = options.url;
  const path = fileOfUrl(url);
  removeDatabaseFiles(path);

  // Progress: the run's total is the rows we plan to write, refined as phases learn theirs.
  const plannedTotals = new Map<string, number>();
  let overallDone = 0;
  let phaseName = "";
  let phaseTotal = 0;
  let phaseDone = 0;
  let phaseUnit = "rows";
  const overallTotal = () => [...plannedTotals.values()].reduce((a, b) => a + b, 0);
  const emit = () =>
    options.onProgress?.({
      phase: phaseName,
      unit: phaseUnit,
      done: phaseDone,
      total: phaseTotal,
      overallDone,
      overallTotal: overallTotal(),
    });
  const plan = (name: string, total: number) => plannedTotals.set(name, total);

  plan("seed", 1);
  plan("composers", counts.composers);
  plan("soundtracks", counts.soundtracks);
  plan("soundtrack composers", Math.round(counts.soundtracks * 1.3));
  plan("reviews", counts.soundtracks);
  plan("tracks", counts.tracks);
  plan("readers", counts.readers);
  plan("reader scores", counts.readerScores);
  plan("score stats", counts.soundtracks + 10);
  plan("comments", counts.comments);
  plan("comment likes", counts.commentLikes);
  plan("comment reports", counts.commentReports);
  plan("favourite tracks", counts.favouriteTracks);
  plan("recounts", counts.tracks + counts.comments);
  plan("checkpoint", 1);

  const { client, db } = connect(url);
  const w: Writer = {
    client,
    phase(name, total, unit = "rows") {
      phaseName = name;
      phaseUnit = unit;
      phaseTotal = total;
      phaseDone = 0;
      plan(name, total);
      emit();
    },
    advance(rows) {
      phaseDone += rows;
      overallDone += rows;
      emit();
    },
  };

  try {
    // ---- Migrations and the normal seed, made deterministic -------------------------------------
    w.phase("seed", 1, "step");
    await runMigrations(url);
    await seedDatabase(db, BENCH_NOW, { demoAccounts: true });
    const passwordHash = await hashPassword(BENCH_READER_PASSWORD);
    // The seed leaves unixepoch() timestamps and random ids; pin them to BENCH_NOW and the handles.
    const pin: InStatement[] = [
      { sql: "UPDATE composers SET created_at = ?", args: [NOW_S] },
      { sql: "UPDATE soundtracks SET created_at = ?, updated_at = ?", args: [NOW_S, NOW_S] },
      { sql: "UPDATE reviews SET created_at = published_at, updated_at = published_at", args: [] },
      ...DEMO_ACCOUNTS.map((a) => ({
        sql: "UPDATE users SET id = ?, created_at = ? WHERE handle = ?",
        args: [benchUserId(`demo:${a.handle}`), NOW_S, a.handle],
      })),
    ];
    await client.batch(pin, "write");
    // Per connection, and the pool hands this one back to every awaited call that follows.
    for (const pragma of [
      "synchronous = OFF",
      "foreign_keys = ON",
      "temp_store = MEMORY",
      "cache_size = -262144",
    ]) {
      await client.execute(`PRAGMA ${pragma}`);
    }
    w.advance(1);

    // ---- What the seed made ---------------------------------------------------------------------
    const seeded = await client.execute(
      `SELECT s.id, s.slug, r.id AS review_id, r.published_at, r.critic_score
       FROM soundtracks s JOIN reviews r ON r.soundtrack_id = s.id ORDER BY s.id`,
    );
    const featured = seeded.rows.find((r) => r.slug === BENCH_REVIEW_SLUG);
    if (!featured) throw new Error(`The seed did not create the review ${BENCH_REVIEW_SLUG}`);
    const featuredReviewId = Number(featured.review_id);
    const oldestSeededS = Math.min(...seeded.rows.map((r) => Number(r.published_at)));
    const firstWeek =
      (await scalar(client, "SELECT coalesce(max(week_number), 0) FROM reviews")) + 1;
    const seededTracks = await client.execute(
      "SELECT id, soundtrack_id, title FROM tracks ORDER BY soundtrack_id, disc, position",
    );
    const featuredText = await client.execute({
      sql: `SELECT s.film_title, c.name FROM soundtracks s
            JOIN soundtrack_composers sc ON sc.soundtrack_id = s.id
            JOIN composers c ON c.id = sc.composer_id
            WHERE s.id = ? ORDER BY sc.position LIMIT 1`,
      args: [Number(featured.id)],
    });
    const featuredFilm = String(featuredText.rows[0]?.film_title ?? "Fallout");
    const featuredComposer = String(featuredText.rows[0]?.name ?? "the composer");
    const featuredTracks = seededTracks.rows
      .filter((t) => Number(t.soundtrack_id) === Number(featured.id))
      .map((t) => String(t.title));
    const takenComposerSlugs = new Set(
      (await client.execute("SELECT slug FROM composers")).rows.map((r) => String(r.slug)),
    );
    const takenSoundtrackSlugs = new Set(seeded.rows.map((r) => String(r.slug)));
    const composerBase = await scalar(client, "SELECT coalesce(max(id), 0) FROM composers");
    const soundtrackBase = await scalar(client, "SELECT coalesce(max(id), 0) FROM soundtracks");
    const reviewBase = await scalar(client, "SELECT coalesce(max(id), 0) FROM reviews");
    const trackBase = await scalar(client, "SELECT coalesce(max(id), 0) FROM tracks");

    // ---- Composers ------------------------------------------------------------------------------
    const C = counts.composers;
    const composerNames: string[] = [];
    const composerSlugs: string[] = [];
    {
      const rng = rngFor("composers");
      for (let i = 0; i < C; i++) {
        let name = "";
        let slug = "";
        for (let tries = 0; !slug || takenComposerSlugs.has(slug); tries++) {
          const first = pick(rng, FIRST_NAMES);
          const last = pick(rng, LAST_NAMES);
          const middle = tries >= 20 ? ` ${String.fromCharCode(65 + int(rng, 0, 25))}.` : "";
          name = `${first}${middle} ${last}`;
          slug = slugify(name);
        }
        takenComposerSlugs.add(slug);
        composerNames.push(name);
        composerSlugs.push(slug);
      }
    }
    const sortName = (name: string) => {
      const parts = name.split(" ");
      const last = parts.pop()!;
      return `${last}, ${parts.join(" ")}`;
    };
    w.phase("composers", C);
    await insertRows(
      w,
      "composers",
      ["id", "slug", "name", "sort_name", "is_sample", "created_at"],
      C,
      (i, a) => {
        a.push(
          composerBase + i + 1,
          composerSlugs[i]!,
          composerNames[i]!,
          sortName(composerNames[i]!),
          0,
          NOW_S,
        );
      },
    );

    // ---- Soundtracks and who wrote them ---------------------------------------------------------
    const S = counts.soundtracks;
    const titles: string[] = [];
    const slugs: string[] = [];
    const years = new Int32Array(S);
    const labels: string[] = [];
    const releaseDates: string[] = [];
    const publishedS = new Float64Array(S);
    const composerOf: number[][] = [];
    {
      const rng = rngFor("soundtracks");
      for (let k = 0; k < S; k++) {
        const title = filmTitle(rng);
        const year = 2026 - Math.floor(97 * Math.pow(rng(), 1.6));
        let slug = slugify(title);
        if (takenSoundtrackSlugs.has(slug)) slug = `${slugify(title)}-${year}`;
        for (let n = 2; takenSoundtrackSlugs.has(slug); n++)
          slug = `${slugify(title)}-${year}-${n}`;
        takenSoundtrackSlugs.add(slug);
        titles.push(title);
        slugs.push(slug);
        years[k] = year;
        labels.push(pick(rng, LABELS));
        const month = year === 2026 ? int(rng, 1, 10) : int(rng, 1, 12);
        releaseDates.push(
          `${year}-${String(month).padStart(2, "0")}-${String(int(rng, 1, 28)).padStart(2, "0")}`,
        );
        publishedS[k] = oldestSeededS - (S - k) * REVIEW_SPACING_S;
        // Every composer gets at least one soundtrack; after that, a few get many.
        const primary = k < C ? k : Math.floor(C * Math.pow(rng(), 1.5));
        const names = [primary];
        if (C > 1 && chance(rng, 0.3)) {
          let second = Math.floor(C * rng());
          if (second === primary) second = (second + 1) % C;
          names.push(second);
        }
        composerOf.push(names);
      }
    }
    w.phase("soundtracks", S);
    await insertRows(
      w,
      "soundtracks",
      [
        "id",
        "slug",
        "film_title",
        "film_year",
        "label",
        "album_release_date",
        "is_sample",
        "created_at",
        "updated_at",
      ],
      S,
      (k, a) => {
        a.push(
          soundtrackBase + k + 1,
          slugs[k]!,
          titles[k]!,
          years[k]!,
          labels[k]!,
          releaseDates[k]!,
          0,
          publishedS[k]!,
          publishedS[k]!,
        );
      },
    );
    const links: [number, number, number][] = [];
    composerOf.forEach((list, k) =>
      list.forEach((c, position) =>
        links.push([soundtrackBase + k + 1, composerBase + c + 1, position]),
      ),
    );
    w.phase("soundtrack composers", links.length);
    await insertRows(
      w,
      "soundtrack_composers",
      ["soundtrack_id", "composer_id", "position"],
      links.length,
      (i, a) => {
        a.push(...links[i]!);
      },
    );

    // ---- Track counts (the lists themselves come from trackList(k)) -----------------------------
    const trackCounts = new Int32Array(S);
    {
      const rng = rngFor("track-counts");
      const weights = new Float64Array(S);
      for (let k = 0; k < S; k++) weights[k] = Math.exp(0.6 * normal(rng));
      const extra = allocate(counts.tracks - 8 * S, weights, () => 32, rng);
      for (let k = 0; k < S; k++) trackCounts[k] = 8 + extra[k]!;
    }
    const titleCache = new Map<number, string[]>();
    const trackTitlesOf = (k: number) => {
      let list = titleCache.get(k);
      if (!list) {
        list = trackList(k, trackCounts[k]!).map((t) => t.title);
        titleCache.set(k, list);
      }
      return list;
    };
    const trackStart = new Int32Array(S);
    for (let k = 0, next = trackBase + 1; k < S; k++) {
      trackStart[k] = next;
      next += trackCounts[k]!;
    }

    // ---- Reviews --------------------------------------------------------------------------------
    const criticScores: (number | null)[] = [];
    {
      const rng = rngFor("critic-scores");
      for (let k = 0; k < S; k++) {
        criticScores.push(
          chance(rng, 0.1) ? null : Math.round(clamp(72 + 12 * normal(rng), 0, 100)),
        );
      }
    }
    w.phase("reviews", S);
    await insertRows(
      w,
      "reviews",
      [
        "id",
        "soundtrack_id",
        "slug",
        "headline",
        "summary",
        "body",
        "critic_score",
        "status",
        "published_at",
        "week_number",
        "created_at",
        "updated_at",
      ],
      S,
      (k, a) => {
        const c: TextContext = {
          rng: rngFor("review", k),
          film: titles[k]!,
          composer: composerNames[composerOf[k]![0]!]!,
          tracks: trackTitlesOf(k),
        };
        const headline = pick(c.rng, HEADLINES)(c);
        const summary = pick(c.rng, SUMMARIES)(c);
        const at = publishedS[k]!;
        a.push(
          reviewBase + k + 1,
          soundtrackBase + k + 1,
          slugs[k]!,
          headline,
          summary,
          reviewBody(c),
          criticScores[k]!,
          "published",
          at,
          firstWeek + k,
          at,
          at,
        );
      },
    );

    w.phase("tracks", counts.tracks);
    {
      let k = 0;
      let list = trackList(0, trackCounts[0]!);
      await insertRows(
        w,
        "tracks",
        ["id", "soundtrack_id", "disc", "position", "title", "duration_seconds", "favourite_count"],
        counts.tracks,
        (i, a) => {
          const id = trackBase + i + 1;
          while (id >= trackStart[k]! + trackCounts[k]!) {
            k++;
            list = trackList(k, trackCounts[k]!);
          }
          const t = list[id - trackStart[k]!]!;
          a.push(id, soundtrackBase + k + 1, t.disc, t.position, t.title, t.duration, 0);
        },
      );
    }

    // ---- Readers --------------------------------------------------------------------------------
    const R = counts.readers;
    const readerIds: string[] = [];
    for (let u = 0; u < R; u++) readerIds.push(benchUserId(readerHandle(u + 1)));
    // Scores and likes go in primary-key order, which sorts user ids as text.
    const sortedUsers = Int32Array.from({ length: R }, (_, u) => u).sort((x, y) =>
      readerIds[x]! < readerIds[y]! ? -1 : readerIds[x]! > readerIds[y]! ? 1 : 0,
    );
    const rankOf = new Int32Array(R);
    sortedUsers.forEach((u, rank) => (rankOf[u] = rank));
    const byRank = (list: Int32Array) => list.sort((x, y) => rankOf[x]! - rankOf[y]!);
    const joinedFrom = Math.min(oldestSeededS, publishedS[0]!) - 400 * DAY_S;
    {
      const rng = rngFor("readers");
      const names: string[] = [];
      const hide = new Uint8Array(R);
      for (let u = 0; u < R; u++) {
        names.push(`${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`);
        hide[u] = u > 0 && chance(rng, 0.05) ? 1 : 0;
      }
      w.phase("readers", R);
      await insertRows(
        w,
        "users",
        [
          "id",
          "name",
          "email",
          "handle",
          "role",
          "password_hash",
          "hide_crowd_until_scored",
          "created_at",
        ],
        R,
        (u, a) => {
          const handle = readerHandle(u + 1);
          const joined = joinedFrom + Math.floor((u * 365 * DAY_S) / R);
          a.push(
            readerIds[u]!,
            names[u]!,
            `${handle}@bench.test`,
            handle,
            "reader",
            passwordHash,
            hide[u]!,
            joined,
          );
        },
      );
    }

    // ---- Reader scores: every soundtrack, seeded ones included ----------------------------------
    type Soundtrack = {
      id: number;
      publishedS: number;
      critic: number | null;
      tracks: number[] | null;
    };
    const all: Soundtrack[] = [
      ...seeded.rows.map((r) => ({
        id: Number(r.id),
        publishedS: Number(r.published_at),
        critic: r.critic_score === null ? null : Number(r.critic_score),
        tracks: seededTracks.rows
          .filter((t) => Number(t.soundtrack_id) === Number(r.id))
          .map((t) => Number(t.id)),
      })),
      ...Array.from({ length: S }, (_, k) => ({
        id: soundtrackBase + k + 1,
        publishedS: publishedS[k]!,
        critic: criticScores[k]!,
        tracks: null,
      })),
    ];
    const seededCount = seeded.rows.length;
    const trackCountOf = (s: number) => all[s]!.tracks?.length ?? trackCounts[s - seededCount]!;
    const trackIdOf = (s: number, j: number) =>
      all[s]!.tracks?.[j] ?? trackStart[s - seededCount]! + j;

    const scoreRng = rngFor("scores");
    const maxPerSoundtrack = Math.floor(R / 2);
    const popularity = new Float64Array(all.length);
    for (let s = 0; s < all.length; s++)
      popularity[s] = s < seededCount ? 1 : Math.exp(1.2 * normal(scoreRng));
    {
      // The long discussion's soundtrack also draws about 2% of all scores.
      const featuredIndex = all.findIndex((s) => s.id === Number(featured.id));
      const rest = popularity.reduce((x, y) => x + y, 0) - popularity[featuredIndex]!;
      popularity[featuredIndex] = (rest * 0.02) / 0.98;
    }
    const scoreTotal = Math.min(counts.readerScores, maxPerSoundtrack * all.length);
    const perSoundtrack = allocate(scoreTotal, popularity, () => maxPerSoundtrack, scoreRng);
    const N = perSoundtrack.reduce((x, y) => x + y, 0);
    const scoreSoundtrack = new Int32Array(N);
    const scoreUser = new Int32Array(N);
    const scoreValue = new Uint8Array(N);
    const scoreCreated = new Float64Array(N);
    const scoreUpdated = new Float64Array(N);
    {
      const mark = new Int32Array(R);
      const bias = new Float64Array(R);
      for (let u = 0; u < R; u++) bias[u] = 6 * normal(scoreRng);
      let n = 0;
      for (let s = 0; s < all.length; s++) {
        const users = byRank(distinctReaders(scoreRng, R, perSoundtrack[s]!, mark, s + 1));
        const { critic, publishedS: from } = all[s]!;
        const centre = critic ?? 65 + 10 * normal(scoreRng);
        const mean = critic === null ? centre : centre + 8 * normal(scoreRng);
        for (const u of users) {
          const raw = mean + bias[u]! + 15 * normal(scoreRng);
          scoreSoundtrack[n] = s;
          scoreUser[n] = u;
          scoreValue[n] = clamp(Math.round(raw / 5) * 5, 0, 100);
          const created = from + 60 + Math.floor((NOW_S - from - 120) * Math.pow(scoreRng(), 2));
          scoreCreated[n] = created;
          scoreUpdated[n] = chance(scoreRng, 0.1)
            ? created + Math.floor((NOW_S - created) * scoreRng())
            : created;
          n++;
        }
      }
    }
    w.phase("reader scores", N);
    await insertRows(
      w,
      "reader_scores",
      ["soundtrack_id", "user_id", "score", "created_at", "updated_at"],
      N,
      (i, a) => {
        a.push(
          all[scoreSoundtrack[i]!]!.id,
          readerIds[scoreUser[i]!]!,
          scoreValue[i]!,
          scoreCreated[i]!,
          scoreUpdated[i]!,
        );
      },
    );

    // The aggregates db/queries/scores.ts keeps with every score, for every soundtrack in one statement.
    w.phase("score stats", all.length);
    const buckets = SCORE_STEPS.map((step) => `count(*) FILTER (WHERE r.score = ${step})`).join(
      ", ",
    );
    await client.execute(`
      INSERT INTO score_stats (soundtrack_id, score_count, score_sum, histogram)
      SELECT s.id, count(r.score), coalesce(sum(r.score), 0), json_array(${buckets})
      FROM soundtracks s LEFT JOIN reader_scores r ON r.soundtrack_id = s.id
      GROUP BY s.id`);
    w.advance(all.length);

    // ---- Comments -------------------------------------------------------------------------------
    const M = counts.comments;
    const F = counts.featuredComments;
    const cReview = new Int32Array(M);
    const cAuthor = new Int32Array(M);
    const cParent = new Int32Array(M).fill(-1);
    const cTime = new Float64Array(M);
    const cFlags = new Uint8Array(M); // 1 spoiler, 2 deleted, 4 edited
    const cDeleted = new Float64Array(M);
    const cEdited = new Float64Array(M);
    const cOnFeatured = new Uint8Array(M);
    {
      const rng = rngFor("comments");
      const perReview = new Int32Array(S);
      const weights = new Float64Array(S);
      for (let k = 0; k < S; k++)
        weights[k] = Math.pow(popularity[seededCount + k]!, 0.7) * Math.exp(0.5 * normal(rng));
      perReview.set(allocate(M - F, weights, () => M, rng));
      let n = 0;
      const fill = (
        reviewId: number,
        fromS: number,
        total: number,
        replies: number,
        featuredFlag: number,
      ) => {
        const fromMs = fromS * 1000 + 60_000;
        const endMs = NOW_MS - 120_000;
        const top = total - replies;
        const first = n;
        for (let j = 0; j < total; j++, n++) {
          cReview[n] = reviewId;
          cAuthor[n] = pickReader(rng, R);
          cOnFeatured[n] = featuredFlag;
          if (j < top) {
            cTime[n] = Math.floor(fromMs + (endMs - fromMs) * Math.pow(rng(), 2));
          } else {
            const parent = first + Math.floor(top * Math.pow(rng(), 1.5));
            const after = cTime[parent]! + 1000;
            cParent[n] = parent;
            cTime[n] = Math.floor(after + (endMs - after) * Math.pow(rng(), 3));
          }
          let flags = chance(rng, 0.05) ? 1 : 0;
          if (chance(rng, 0.02)) {
            flags |= 2;
            cDeleted[n] = Math.floor(cTime[n]! + (NOW_MS - cTime[n]!) * rng());
          }
          if (chance(rng, 0.03)) {
            flags |= 4;
            const until = flags & 2 ? cDeleted[n]! : NOW_MS;
            cEdited[n] = Math.floor(cTime[n]! + (until - cTime[n]!) * rng());
          }
          cFlags[n] = flags;
        }
      };
      const featuredReplies = Math.round(F * 0.2);
      fill(featuredReviewId, Number(featured.published_at), F, featuredReplies, 1);
      for (let k = 0; k < S; k++) {
        const total = perReview[k]!;
        fill(
          reviewBase + k + 1,
          publishedS[k]!,
          total,
          total >= 2 ? Math.round(total * 0.2) : 0,
          0,
        );
      }
    }
    // Ids follow creation time across the site, as they would have; parents always come first.
    const order = new Uint32Array(M);
    for (let i = 0; i < M; i++) order[i] = i;
    order.sort((x, y) => cTime[x]! - cTime[y]! || x - y);
    const commentBase = await scalar(client, "SELECT coalesce(max(id), 0) FROM comments");
    const commentId = new Int32Array(M);
    order.forEach((p, pos) => (commentId[p] = commentBase + pos + 1));
    w.phase("comments", M);
    await insertRows(
      w,
      "comments",
      [
        "id",
        "review_id",
        "author_id",
        "parent_id",
        "body",
        "is_spoiler",
        "like_count",
        "created_at",
        "edited_at",
        "deleted_at",
      ],
      M,
      (pos, a) => {
        const p = order[pos]!;
        const k = cReview[p]! - reviewBase - 1;
        const c: TextContext = {
          rng: rngFor("comment", p),
          film: k >= 0 ? titles[k]! : featuredFilm,
          composer: k >= 0 ? composerNames[composerOf[k]![0]!]! : featuredComposer,
          tracks: k >= 0 ? trackTitlesOf(k) : featuredTracks,
        };
        const flags = cFlags[p]!;
        const parent = cParent[p]!;
        a.push(
          commentId[p]!,
          cReview[p]!,
          readerIds[cAuthor[p]!]!,
          parent >= 0 ? commentId[parent]! : null,
          commentBody(c, parent >= 0),
          flags & 1,
          0,
          cTime[p]!,
          flags & 4 ? cEdited[p]! : null,
          flags & 2 ? cDeleted[p]! : null,
        );
      },
    );

    // ---- Likes, in comment order ----------------------------------------------------------------
    {
      const rng = rngFor("likes");
      const weights = new Float64Array(M);
      for (let pos = 0; pos < M; pos++) {
        const p = order[pos]!;
        if (cFlags[p]! & 2) continue;
        weights[pos] =
          Math.exp(1.1 * normal(rng)) * (cOnFeatured[p] ? 3 : 1) * (cParent[p]! < 0 ? 1.5 : 1);
      }
      const cap = Math.floor(R / 2);
      const perComment = allocate(
        counts.commentLikes,
        weights,
        (pos) => (weights[pos]! > 0 ? cap : 0),
        rng,
      );
      const L = perComment.reduce((x, y) => x + y, 0);
      const likeComment = new Int32Array(L);
      const likeUser = new Int32Array(L);
      const likeTime = new Float64Array(L);
      const mark = new Int32Array(R);
      let n = 0;
      for (let pos = 0; pos < M; pos++) {
        const count = perComment[pos]!;
        if (count === 0) continue;
        const p = order[pos]!;
        const from = Math.ceil(cTime[p]! / 1000);
        for (const u of byRank(distinctReaders(rng, R, count, mark, pos + 1, cAuthor[p]!))) {
          likeComment[n] = commentId[p]!;
          likeUser[n] = u;
          likeTime[n] = from + Math.floor((NOW_S - from) * Math.pow(rng(), 2));
          n++;
        }
      }
      w.phase("comment likes", L);
      await insertRows(w, "comment_likes", ["comment_id", "user_id", "created_at"], L, (i, a) => {
        a.push(likeComment[i]!, readerIds[likeUser[i]!]!, likeTime[i]!);
      });
    }

    // ---- A few reports --------------------------------------------------------------------------
    {
      const rng = rngFor("reports");
      const reasons = Object.keys(REPORT_REASONS);
      const seen = new Set<string>();
      const rows: [number, string, string, number, number | null][] = [];
      for (
        let tries = 0;
        rows.length < counts.commentReports && tries < counts.commentReports * 10;
        tries++
      ) {
        const p = Math.floor(M * rng());
        const reporter = pickReader(rng, R);
        const key = `${p}:${reporter}`;
        if (cFlags[p]! & 2 || reporter === cAuthor[p] || seen.has(key)) continue;
        seen.add(key);
        const from = Math.ceil(cTime[p]! / 1000);
        const at = from + Math.floor((NOW_S - from) * rng());
        const resolved = chance(rng, 0.3) ? at + Math.floor((NOW_S - at) * rng()) : null;
        rows.push([commentId[p]!, readerIds[reporter]!, pick(rng, reasons), at, resolved]);
      }
      rows.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
      w.phase("comment reports", rows.length);
      await insertRows(
        w,
        "comment_reports",
        ["comment_id", "reporter_id", "reason", "created_at", "resolved_at"],
        rows.length,
        (i, a) => {
          a.push(...rows[i]!);
        },
      );
    }

    // ---- Favourite tracks: 1–3 per (reader, soundtrack) among the readers who scored it ---------
    {
      const rng = rngFor("favourites");
      const picks = new Uint8Array(N);
      let remaining = Math.min(counts.favouriteTracks, N * MAX_FAVOURITES);
      for (const i of shuffledIndices(N, rng)) {
        if (remaining === 0) break;
        const roll = rng();
        const want = roll < 0.4 ? 1 : roll < 0.75 ? 2 : 3;
        const k = Math.min(want, remaining, MAX_FAVOURITES, trackCountOf(scoreSoundtrack[i]!));
        picks[i] = k;
        remaining -= k;
      }
      const total = picks.reduce((x, y) => x + y, 0);
      const favUser = new Int32Array(total);
      const favTrack = new Int32Array(total);
      const favSoundtrack = new Int32Array(total);
      const favTime = new Float64Array(total);
      let n = 0;
      const chosen: number[] = [];
      for (let i = 0; i < N; i++) {
        const k = picks[i]!;
        if (k === 0) continue;
        const s = scoreSoundtrack[i]!;
        const count = trackCountOf(s);
        const hits = rngFor("hits", s);
        const favourites = [0, 1, 2].map(() => Math.floor(count * hits()));
        chosen.length = 0;
        while (chosen.length < k) {
          const j = rng() < 0.5 ? favourites[Math.floor(rng() * 3)]! : Math.floor(count * rng());
          if (!chosen.includes(j)) chosen.push(j);
        }
        chosen.sort((x, y) => x - y);
        for (const j of chosen) {
          favUser[n] = scoreUser[i]!;
          favTrack[n] = trackIdOf(s, j);
          favSoundtrack[n] = all[s]!.id;
          favTime[n] = scoreCreated[i]! + Math.floor((NOW_S - scoreCreated[i]!) * rng());
          n++;
        }
      }
      w.phase("favourite tracks", total);
      await insertRows(
        w,
        "favourite_tracks",
        ["user_id", "track_id", "soundtrack_id", "created_at"],
        total,
        (i, a) => {
          a.push(readerIds[favUser[i]!]!, favTrack[i]!, favSoundtrack[i]!, favTime[i]!);
        },
      );
    }

    // ---- Counters, recounted from the rows they count -------------------------------------------
    const trackRows = await scalar(client, "SELECT count(*) FROM tracks");
    const commentRows = await scalar(client, "SELECT count(*) FROM comments");
    w.phase("recounts", trackRows + commentRows);
    await client.execute(`
      UPDATE tracks SET favourite_count =
        (SELECT count(*) FROM favourite_tracks f WHERE f.track_id = tracks.id)`);
    w.advance(trackRows);
    await client.execute(`
      UPDATE comments SET like_count =
        (SELECT count(*) FROM comment_likes l WHERE l.comment_id = comments.id)`);
    w.advance(commentRows);

    // ---- What the benchmark needs, then a tidy file ---------------------------------------------
    w.phase("checkpoint", 1, "step");
    const threads = await scalar(
      client,
      `SELECT count(*) FROM comments c
       WHERE c.review_id = ? AND c.parent_id IS NULL
         AND (c.deleted_at IS NULL OR EXISTS
           (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL))`,
      [featuredReviewId],
    );
    const profileId = readerIds[0]!;
    const busiest = await client.execute(
      `SELECT c.slug, count(*) AS n FROM soundtrack_composers sc JOIN composers c ON c.id = sc.composer_id
       GROUP BY c.id ORDER BY n DESC, c.id LIMIT 1`,
    );
    const liveReviews = await scalar(
      client,
      "SELECT count(*) FROM reviews WHERE status IN ('published', 'scheduled') AND published_at <= ?",
      [NOW_S],
    );
    const tables = await client.execute(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name`,
    );
    const rowCounts: Record<string, number> = {};
    for (const row of tables.rows) {
      const name = String(row.name);
      rowCounts[name] = await scalar(client, `SELECT count(*) FROM "${name}"`);
    }
    const result: BenchDataResult = {
      url,
      scale,
      elapsedMs: 0,
      rowCounts,
      review: {
        slug: BENCH_REVIEW_SLUG,
        id: featuredReviewId,
        comments: await scalar(client, "SELECT count(*) FROM comments WHERE review_id = ?", [
          featuredReviewId,
        ]),
        threads,
        commentPages: Math.max(1, Math.ceil(threads / COMMENT_PAGE_SIZE)),
      },
      profile: {
        handle: readerHandle(1),
        email: `${readerHandle(1)}@bench.test`,
        password: BENCH_READER_PASSWORD,
        scores: await scalar(client, "SELECT count(*) FROM reader_scores WHERE user_id = ?", [
          profileId,
        ]),
        comments: await scalar(client, "SELECT count(*) FROM comments WHERE author_id = ?", [
          profileId,
        ]),
      },
      composer: {
        slug: String(busiest.rows[0]?.slug ?? ""),
        reviews: Number(busiest.rows[0]?.n ?? 0),
      },
      archivePages: Math.max(1, Math.ceil(liveReviews / ARCHIVE_PAGE_SIZE)),
    };
    await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    w.advance(1);
    result.elapsedMs = performance.now() - started;
    return result;
  } finally {
    client.close();
  }
}

// ---- Command line -------------------------------------------------------------------------------

const USAGE = `Usage: tsx scripts/bench-data.ts [--out <file>] [--scale <number>]

Builds a fresh SQLite database for the benchmark: the migrations, the normal seed, then a
deterministic synthetic catalogue.

Options:
  --out <file>       Where to write it (default ${BENCH_DEFAULT_OUT}); the file and its
                     -wal/-shm are deleted first
  --scale <number>   Multiplies every row count, greater than 0 and at most ${BENCH_MAX_SCALE}
                     (default 1: 10,000 reviews, 100,000 readers, 1,000,000 scores,
                     500,000 comments)
  -h, --help         Show this help`;

class UsageError extends Error {}

export type CliOptions = { help: boolean; out: string; scale: number };

export function parseCliArgs(argv: string[]): CliOptions {
  let values: { out?: string; scale?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: "string", short: "o" },
        scale: { type: "string", short: "s" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']+)'/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new UsageError(`Unknown option ${quoted ?? ""}.`.replace(" .", "."));
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /--[\w-]+/.exec(quoted ?? message)?.[0] ?? "That option";
      throw new UsageError(`${option} needs a value.`);
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      throw new UsageError(`Unexpected argument ${quoted ?? ""}; options are --out and --scale.`);
    }
    throw new UsageError(message);
  }
  const rawScale = values.scale ?? "1";
  const scale = /^\s*[0-9.eE+-]+\s*$/.test(rawScale) ? Number(rawScale) : NaN;
  if (!Number.isFinite(scale) || scale <= 0 || scale > BENCH_MAX_SCALE) {
    throw new UsageError(
      `--scale must be a number greater than 0 and at most ${BENCH_MAX_SCALE}, not "${rawScale}".`,
    );
  }
  let out = values.out ?? BENCH_DEFAULT_OUT;
  if (out.startsWith("file:")) out = out.slice("file:".length);
  if (out.trim() === "") throw new UsageError("--out needs a file name.");
  if (/[?#]/.test(out)) throw new UsageError(`--out cannot contain "?" or "#": ${out}`);
  return { help: values.help ?? false, out, scale };
}

/** Fails with a UsageError unless `out` can be replaced by a new database file. */
function checkWritable(out: string) {
  const reason = (error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EROFS") return "read-only file system";
    if (code === "ENOTDIR") return "a part of the path is not a folder";
    if (code === "ENOENT") return "the file cannot be created there";
    if (code === "EISDIR") return "it is a folder";
    return error instanceof Error ? error.message : String(error);
  };
  try {
    if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`Cannot write --out ${out}: it is a folder.`);
    }
    mkdirSync(dirname(out), { recursive: true });
    removeDatabaseFiles(out);
    closeSync(openSync(out, "w"));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot write --out ${out}: ${reason(error)}.`);
  }
}

function fileSize(path: string): string {
  const bytes = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(2)} GB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

function summary(result: BenchDataResult, out: string): string {
  const names = Object.keys(result.rowCounts);
  const width = Math.max(...names.map((n) => n.length), 5);
  const rows = names.map(
    (n) => `  ${n.padEnd(width)}  ${formatCount(result.rowCounts[n]!).padStart(11)}`,
  );
  const demo = DEMO_ACCOUNTS.map((a) => `${a.email} / ${a.password} (${a.role})`).join(", ");
  const { review, profile, composer } = result;
  return [
    "",
    `  ${"table".padEnd(width)}  ${"rows".padStart(11)}`,
    ...rows,
    "",
    `Wrote ${out} (${fileSize(out)}) at scale ${result.scale} in ${formatDuration(result.elapsedMs / 1000)}.`,
    `Bench readers: ${profile.email} / ${profile.password} — every reader_NNNNNN@bench.test shares that password.`,
    `Demo accounts from the seed: ${demo}.`,
    `Review with the long discussion: /reviews/${review.slug} (${formatCount(review.comments)} comments, ${formatCount(review.threads)} threads, ${review.commentPages} pages of ${COMMENT_PAGE_SIZE}).`,
    `Profile: /u/${profile.handle} (${formatCount(profile.scores)} scores, ${formatCount(profile.comments)} comments). Composer: /composers/${composer.slug} (${composer.reviews} reviews). Archive: ${formatCount(result.archivePages)} pages.`,
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    checkWritable(options.out);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (Date.now() < NOW_MS) {
    console.error(
      `Warning: this machine's clock is before ${BENCH_NOW.toISOString()}, so the reviews are not live yet.`,
    );
  }
  const progress = new Progress();
  try {
    const result = await generateBenchData({
      url: `file:${options.out}`,
      scale: options.scale,
      onProgress: (update) => progress.update(update),
    });
    progress.finish("Bench data ready");
    console.log(summary(result, options.out));
    return 0;
  } catch (error) {
    progress.log(
      `Generating the bench data failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
