import { summarizeTracks } from "./duration";
import { SITE_NAME } from "./site";

/** What the structured data says of a live review (the review page's own data). */
export type JsonLdReview = {
  slug: string;
  headline: string;
  summary: string;
  publishedAt: Date | null;
  updatedAt: Date;
  /** Tenths: 85 is 8.5 out of 10. */
  criticScore: number | null;
  author: { name: string | null } | null;
  soundtrack: {
    filmTitle: string;
    albumReleaseDate: string | null;
    label: string | null;
    coverImageUrl: string | null;
    composers: readonly { composer: { name: string; slug: string } }[];
    tracks: readonly { title: string; durationSeconds: number }[];
  };
};

/** The readers' figures: their average in tenths, null when nobody has scored. */
export type ReadersScore = { count: number; average: number | null };

type JsonObject = { [key: string]: unknown };

/** 259 -> "PT4M19S"; units that are zero are left out, and nothing at all is "PT0S". */
export function isoDuration(seconds: number): string {
  const whole = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const parts: [number, string][] = [
    [Math.floor(whole / 3600), "H"],
    [Math.floor((whole % 3600) / 60), "M"],
    [whole % 60, "S"],
  ];
  const written = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n}${unit}`);
  return `PT${written.join("") || "0S"}`;
}

/** A score in tenths on the 0–10 scale the page shows. */
const rating = (tenths: number) => ({ ratingValue: tenths / 10, bestRating: 10, worstRating: 0 });

/**
 * The album's release, which is where schema.org puts a running time and a label (MusicRelease:
 * duration, recordLabel); MusicAlbum itself has neither.
 */
function release(soundtrack: JsonLdReview["soundtrack"]) {
  const { tracks } = soundtrack;
  return {
    "@type": "MusicRelease",
    name: soundtrack.filmTitle,
    duration: isoDuration(summarizeTracks(tracks).totalSeconds),
    numTracks: tracks.length,
    ...(soundtrack.label && {
      recordLabel: { "@type": "Organization", name: soundtrack.label },
    }),
  };
}

function album(soundtrack: JsonLdReview["soundtrack"], readers: ReadersScore, siteUrl: string) {
  const { tracks } = soundtrack;
  return {
    "@type": "MusicAlbum",
    name: soundtrack.filmTitle,
    byArtist: soundtrack.composers.map(({ composer }) => ({
      "@type": "Person",
      name: composer.name,
      url: new URL(`/composers/${composer.slug}`, siteUrl).href,
    })),
    ...(soundtrack.albumReleaseDate && { datePublished: soundtrack.albumReleaseDate }),
    albumRelease: release(soundtrack),
    ...(soundtrack.coverImageUrl && { image: new URL(soundtrack.coverImageUrl, siteUrl).href }),
    numTracks: tracks.length,
    track: tracks.map((track, i) => ({
      "@type": "MusicRecording",
      name: track.title,
      // The album's running order, across discs.
      position: i + 1,
      duration: isoDuration(track.durationSeconds),
    })),
    // The readers score the soundtrack, not the review.
    ...(readers.count > 0 &&
      readers.average !== null && {
        aggregateRating: {
          "@type": "AggregateRating",
          ...rating(readers.average),
          ratingCount: readers.count,
        },
      }),
  };
}

/** A schema.org Review of the soundtrack album, for search engines. */
export function reviewJsonLd(
  review: JsonLdReview,
  readers: ReadersScore,
  siteUrl: string,
): JsonObject {
  const site = { "@type": "Organization", name: SITE_NAME, url: new URL("/", siteUrl).href };
  return {
    "@context": "https://schema.org",
    "@type": "Review",
    url: new URL(`/reviews/${review.slug}`, siteUrl).href,
    headline: review.headline,
    description: review.summary,
    ...(review.publishedAt && { datePublished: review.publishedAt.toISOString() }),
    dateModified: review.updatedAt.toISOString(),
    author: review.author?.name ? { "@type": "Person", name: review.author.name } : site,
    publisher: site,
    itemReviewed: album(review.soundtrack, readers, siteUrl),
    ...(review.criticScore !== null && {
      reviewRating: { "@type": "Rating", ...rating(review.criticScore) },
    }),
  };
}

/**
 * JSON for a <script> element: every "<" (and ">", "&", and the two line separators JavaScript
 * once refused) as a \u escape, so no text in it can close the element or open a comment.
 */
export function serializeJsonLd(data: JsonObject): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
