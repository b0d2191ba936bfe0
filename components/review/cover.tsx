import { composerNames } from "@/lib/format";
import { SITE_NAME } from "@/lib/site";
import { type CardSoundtrack, coverCardLabel, titleScale } from "@/lib/cover-card";
import { CoverImage } from "./cover-image";

type CoverSoundtrack = CardSoundtrack & {
  coverImageUrl: string | null;
  coverAlt: string | null;
};

type CoverProps = {
  soundtrack: CoverSoundtrack;
  /** A list's thumbnail, the review page's header (its grid column sets the width), the home page's. */
  size: "small" | "header" | "large";
  /** Above the fold: loaded at once rather than lazily. */
  priority?: boolean;
};

const sizes = { small: "w-24 sm:w-28", header: "w-full", large: "w-full max-w-72" };

// Type in container units, so one card reads the same from a list's thumbnail to the home page;
// the smallest type never goes under 10 px.
const titleSizes = { short: "text-[13cqw]", medium: "text-[11cqw]", long: "text-[9cqw]" };

/**
 * A soundtrack with no cover art gets a typographic card in the style of its share image
 * (components/review/review-share-card.tsx): film, composers and year in the site's serif on paper,
 * under the accent rule.
 */
function TypographicCover({ soundtrack, frame }: { soundtrack: CoverSoundtrack; frame: string }) {
  const composers = composerNames(soundtrack.composers);
  // The frame is the container its type is measured against: padding of its own would shrink it.
  return (
    <div
      role="img"
      aria-label={coverCardLabel(soundtrack)}
      data-cover="typographic"
      className={`${frame} @container bg-white text-ink dark:bg-stone-900 dark:text-night-ink`}
    >
      <div className="flex h-full flex-col border-t-[max(3px,4cqw)] border-accent p-[7cqw] dark:border-night-accent">
        <span className="hidden text-[4.5cqw] font-semibold tracking-[0.12em] text-accent uppercase @min-[10rem]:block dark:text-night-accent">
          {SITE_NAME}
        </span>
        <span className="flex flex-1 flex-col justify-center">
          <span
            className={`line-clamp-4 font-serif leading-[1.1] font-semibold text-balance ${titleSizes[titleScale(soundtrack.filmTitle)]}`}
          >
            {soundtrack.filmTitle}
          </span>
        </span>
        {composers && (
          <span className="line-clamp-2 text-[max(0.625rem,6.5cqw)] leading-snug text-muted dark:text-night-muted">
            {composers}
          </span>
        )}
        {soundtrack.filmYear && (
          <span className="mt-[1.5cqw] text-[max(0.625rem,6.5cqw)] font-semibold text-accent tabular-nums dark:text-night-accent">
            {soundtrack.filmYear}
          </span>
        )}
      </div>
    </div>
  );
}

/** The album's cover art, or its typographic card when it has none. */
export function Cover({ soundtrack, size, priority }: CoverProps) {
  const frame = `${sizes[size]} aspect-square shrink-0 self-start overflow-hidden rounded-md shadow-md ring-1 ring-black/10 dark:ring-white/10`;
  const { coverImageUrl: src, coverAlt, filmTitle } = soundtrack;
  if (!src) return <TypographicCover soundtrack={soundtrack} frame={frame} />;
  const alt = coverAlt ?? `Album cover of ${filmTitle}`;
  const className = `${frame} object-cover`;
  // Not rendered here: see CoverImage, for why an eager image is a client component.
  if (priority) return <CoverImage src={src} alt={alt} className={className} />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- covers are small local SVGs or stored files; no optimiser needed
    <img src={src} alt={alt} className={className} width={600} height={600} loading="lazy" />
  );
}
