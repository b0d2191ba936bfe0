// Generated text: film and track titles, track lists, review and comment bodies.
import { chance, clamp, int, normal, pick, rngFor, type Rng } from "./random";
import { COMMENT_SENTENCES, REVIEW_SENTENCES, type Sentence, type TextContext } from "./sentences";
import { ADJECTIVES, FIRST_NAMES, HEADINGS, NOUNS, PLACES, REPLY_OPENERS } from "./words";

function sentences(c: TextContext, from: readonly Sentence[], n: number) {
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

export function reviewBody(c: TextContext): string {
  const paragraphs = int(c.rng, 3, 5);
  const headingAt = chance(c.rng, 0.35) ? int(c.rng, 1, paragraphs - 1) : -1;
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p === headingAt) parts.push(`## ${pick(c.rng, HEADINGS)}`);
    parts.push(sentences(c, REVIEW_SENTENCES, int(c.rng, 3, 6)));
  }
  return parts.join("\n\n");
}

export function commentBody(c: TextContext, isReply: boolean): string {
  const text = sentences(c, COMMENT_SENTENCES, c.rng() < 0.6 ? 1 : int(c.rng, 2, 3));
  return isReply ? `${pick(c.rng, REPLY_OPENERS)} ${text}` : text;
}

export function filmTitle(rng: Rng): string {
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

export type TrackRow = { disc: number; position: number; title: string; duration: number };

/** The track list of synthetic soundtrack k, the same every time it is asked for. */
export function trackList(k: number, count: number): TrackRow[] {
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
