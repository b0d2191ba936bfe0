import Link from "next/link";
import { Duration } from "@/components/duration";
import { ReviewMeta } from "@/components/review/review-meta";
import { SampleTag } from "@/components/sample-tag";
import type {
  ComposerHit,
  ReviewHit,
  SearchHit as Hit,
  SoundtrackHit,
  TrackHit,
} from "@/db/queries/search-results";
import { plainSnippet } from "@/lib/search-snippet";
import { trackAnchor } from "@/lib/track-anchor";
import { Highlighted } from "./highlighted";

const titleClass = "font-serif text-lg leading-snug font-semibold sm:text-xl";
const linkClass = "underline-offset-4 hover:underline";

function ReviewResult({ hit }: { hit: ReviewHit }) {
  return (
    <>
      <ReviewMeta
        weekNumber={hit.weekNumber}
        publishedAt={hit.publishedAt}
        isSample={hit.isSample}
      />
      <h3 className={`mt-1 ${titleClass}`}>
        <Link href={`/reviews/${hit.slug}`} className={linkClass}>
          <Highlighted text={hit.headline} />
        </Link>
      </h3>
      <p className="mt-1 text-sm text-soft">
        {hit.filmTitle}
        {hit.filmYear && ` (${hit.filmYear})`}
      </p>
      <p className="mt-2 font-serif leading-relaxed break-words">
        <Highlighted text={plainSnippet(hit.snippet)} />
      </p>
    </>
  );
}

function SoundtrackResult({ hit }: { hit: SoundtrackHit }) {
  const details = [hit.composerNames && `Music by ${hit.composerNames}`].filter(Boolean);
  return (
    <>
      <h3 className={`flex flex-wrap items-center gap-x-3 ${titleClass}`}>
        <Link href={`/reviews/${hit.reviewSlug}`} className={linkClass}>
          <Highlighted text={hit.filmTitle} />
          {hit.filmYear && <span className="font-normal text-soft"> ({hit.filmYear})</span>}
        </Link>
        {hit.isSample && <SampleTag />}
      </h3>
      <p className="mt-1 text-sm text-soft">
        {details}
        {hit.label && (
          <>
            {details.length > 0 && " · "}
            <Highlighted text={hit.label} />
          </>
        )}
      </p>
    </>
  );
}

function ComposerResult({ hit }: { hit: ComposerHit }) {
  const n = hit.soundtrackCount;
  return (
    <>
      <h3 className={`flex flex-wrap items-center gap-x-3 ${titleClass}`}>
        <Link href={`/composers/${hit.slug}`} className={linkClass}>
          <Highlighted text={hit.name} />
        </Link>
        {hit.isSample && <SampleTag />}
      </h3>
      <p className="mt-1 text-sm text-soft">
        {n} {n === 1 ? "soundtrack" : "soundtracks"} reviewed
      </p>
    </>
  );
}

function TrackResult({ hit }: { hit: TrackHit }) {
  return (
    <>
      <h3 className={titleClass}>
        <Link href={`/reviews/${hit.reviewSlug}#${trackAnchor(hit)}`} className={linkClass}>
          <Highlighted text={hit.title} />
        </Link>
      </h3>
      <p className="mt-1 text-sm text-soft">
        Track {hit.position}
        {hit.disc > 1 && ` of disc ${hit.disc}`} on {hit.filmTitle} ·{" "}
        <Duration seconds={hit.durationSeconds} />
      </p>
    </>
  );
}

/** One result, as its kind is shown; each links to where the reader will find it. */
export function SearchHit({ hit }: { hit: Hit }) {
  switch (hit.kind) {
    case "review":
      return <ReviewResult hit={hit} />;
    case "soundtrack":
      return <SoundtrackResult hit={hit} />;
    case "composer":
      return <ComposerResult hit={hit} />;
    case "track":
      return <TrackResult hit={hit} />;
  }
}
