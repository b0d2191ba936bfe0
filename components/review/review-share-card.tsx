import { shareCardFrame } from "@/components/share-card-frame";
import { titleScale } from "@/lib/cover-card";
import { formatDuration } from "@/lib/duration";
import { formatScore } from "@/lib/format";
import { SITE_NAME } from "@/lib/site";

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
 * cover without art is the same card on the page (components/review/cover.tsx): film, composers
 * and year.
 */
export function ReviewShareCard(props: ReviewShareCardProps) {
  const { filmTitle, filmYear, composers, criticScore, trackCount, totalSeconds } = props;
  const running = `${trackCount} ${trackCount === 1 ? "track" : "tracks"} · ${formatDuration(totalSeconds)}`;
  return (
    <div style={{ ...shareCardFrame, justifyContent: "space-between", padding: "64px 72px" }}>
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
