// The sentences reviews and comments are made of: each a template filled in from its soundtrack
// (its film, its first composer, its track titles), drawing from the row's own random stream.
import { pick, type Rng } from "./random";
import { INSTRUMENTS, MOODS } from "./words";

export type TextContext = { rng: Rng; film: string; composer: string; tracks: readonly string[] };
/** One sentence, filled in from the context. */
export type Sentence = (c: TextContext) => string;

const track = (c: TextContext) => `“${pick(c.rng, c.tracks)}”`;
const mood = (c: TextContext) => pick(c.rng, MOODS);
const instrument = (c: TextContext) => pick(c.rng, INSTRUMENTS);

export const REVIEW_SENTENCES: readonly Sentence[] = [
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

export const SUMMARIES: readonly Sentence[] = [
  (c) =>
    `${c.composer} gives *${c.film}* a ${mood(c)} score that works as well on the album as under picture.`,
  (c) => `A ${mood(c)}, carefully built soundtrack whose best moments belong to ${instrument(c)}.`,
  (c) =>
    `${c.composer}’s music for *${c.film}* is ${mood(c)} and patient, and worth the time it asks for.`,
  (c) => `Uneven in places, but ${track(c)} alone makes this album worth hearing.`,
  (c) => `A score that trades spectacle for character, led by ${instrument(c)}.`,
];

export const HEADLINES: readonly Sentence[] = [
  (c) => `Exploring Soundtracks: ${c.film}`,
  (c) => `${c.composer} finds the ${mood(c)} heart of ${c.film}`,
  (c) => `${c.film}: a ${mood(c)} score built on ${instrument(c)}`,
  (c) => `${c.composer} turns ${c.film} into something ${mood(c)}`,
  (c) => `The quiet confidence of ${c.composer}’s ${c.film}`,
];

export const COMMENT_SENTENCES: readonly Sentence[] = [
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
