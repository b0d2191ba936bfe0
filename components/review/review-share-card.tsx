import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatDuration } from "@/lib/duration";
import { formatScore } from "@/lib/format";
import { SITE_NAME } from "@/lib/site";
import { titleScale } from "@/lib/cover-card";

const FAMILY = "Source Serif 4";

/**
 * The project's own copy of the font (assets/fonts), read once per process: an image is never
 * drawn with a font fetched from the web. Satori falls back glyph by glyph only to fonts of
 * another name, so Latin Extended (for names such as "Dvořák") is a family of its own.
 */
const fontFiles = [
  [FAMILY, "latin-400", 400],
  [FAMILY, "latin-600", 600],
  [`${FAMILY} Latin Extended`, "latin-ext-400", 400],
  [`${FAMILY} Latin Extended`, "latin-ext-600", 600],
] as const;

let loaded: ReturnType<typeof loadFonts> | undefined;

function loadFonts() {
  return Promise.all(
    fontFiles.map(async ([name, file, weight]) => ({
      name,
      weight,
      style: "normal" as const,
      data: await readFile(
        join(process.cwd(), "assets/fonts", `source-serif-4-${file}-normal.woff`),
      ),
    })),
  );
}

export function shareCardFonts() {
  loaded ??= loadFonts();
  return loaded;
}

type ReviewShareCardProps = {
  filmTitle: string;
  filmYear: number | null;
  /** "A, B and C", or empty when unknown. */
  composers: string;
  /** Tenths, or null when the critic gave no score. */
  criticScore: number | null;
  trackCount: number;
  totalSeconds: number;
};

/** Long titles get smaller type so that they stay within three lines. */
const titleSizes = { short: 84, medium: 64, long: 52 };

/**
 * The review's share image (1200×630), drawn by next/og: flex layout and inline styles only. A
 * cover without art is the same card on the page (components/review/cover.tsx): film, composers and year.
 */
export function ReviewShareCard(props: ReviewShareCardProps) {
  const { filmTitle, filmYear, composers, criticScore, trackCount, totalSeconds } = props;
  const running = `${trackCount} ${trackCount === 1 ? "track" : "tracks"} · ${formatDuration(totalSeconds)}`;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#fbf8f3",
        color: "#1c1917",
        fontFamily: FAMILY,
        borderTop: "16px solid #9a3412",
      }}
    >
      <div
        style={{
          display: "flex",
          fontSize: 28,
          fontWeight: 600,
          letterSpacing: 5,
          color: "#9a3412",
        }}
      >
        {SITE_NAME.toUpperCase()}
      </div>
      <div
        style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }}
      >
        <div
          style={{
            display: "flex",
            fontSize: titleSizes[titleScale(filmTitle)],
            fontWeight: 600,
            lineHeight: 1.1,
          }}
        >
          {filmTitle}
        </div>
        {composers && (
          <div style={{ display: "flex", marginTop: 20, fontSize: 36, color: "#57534e" }}>
            {`Music by ${composers}`}
          </div>
        )}
        {filmYear && (
          <div
            style={{
              display: "flex",
              marginTop: 8,
              fontSize: 36,
              fontWeight: 600,
              color: "#9a3412",
            }}
          >
            {String(filmYear)}
          </div>
        )}
      </div>
      <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between" }}>
        <div style={{ display: "flex", fontSize: 36 }}>{running}</div>
        {criticScore !== null && (
          <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-end" }}>
            <div style={{ display: "flex", fontSize: 28, color: "#57534e" }}>Critic’s score</div>
            <div style={{ display: "flex", alignItems: "baseline", color: "#9a3412" }}>
              <span style={{ fontSize: 88, fontWeight: 600 }}>{formatScore(criticScore)}</span>
              <span style={{ fontSize: 40, marginLeft: 8 }}>/10</span>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
