import { shareCardFrame } from "@/components/share-card-frame";
import { formatDuration } from "@/lib/duration";
import { formatScore } from "@/lib/format";
import { SITE_NAME } from "@/lib/site";

type ShareCardFilm = {
  filmTitle: string;
  criticScore: number | null;
  totalSeconds: number;
};

/** The comparison's share image (1200×630), drawn by next/og: flex layout and inline styles only. */
export function CompareShareCard({ films }: { films: ShareCardFilm[] }) {
  const titleSize = films.length > 2 ? 36 : 48;
  return (
    <div style={{ ...shareCardFrame, padding: "56px 64px" }}>
      <div style={{ display: "flex", fontSize: 28, fontWeight: 600, color: "#9a3412" }}>
        {`${SITE_NAME.toUpperCase()} · COMPARED`}
      </div>
      <div style={{ display: "flex", flexGrow: 1, alignItems: "stretch", marginTop: 40 }}>
        {films.map((film, i) => (
          <div
            key={film.filmTitle}
            style={{
              display: "flex",
              flexDirection: "column",
              justifyContent: "space-between",
              flex: 1,
              paddingLeft: i === 0 ? 0 : 32,
              marginLeft: i === 0 ? 0 : 32,
              borderLeft: i === 0 ? "none" : "2px solid #d6d3d1",
            }}
          >
            <div style={{ display: "flex", fontSize: titleSize, fontWeight: 600, lineHeight: 1.1 }}>
              {film.filmTitle}
            </div>
            <div style={{ display: "flex", flexDirection: "column" }}>
              <div style={{ display: "flex", alignItems: "baseline", color: "#9a3412" }}>
                <span style={{ fontSize: 72, fontWeight: 600 }}>
                  {film.criticScore === null ? "–" : formatScore(film.criticScore)}
                </span>
                <span style={{ fontSize: 32, marginLeft: 8 }}>/10</span>
              </div>
              <div style={{ display: "flex", fontSize: 32, color: "#57534e" }}>
                {`${formatDuration(film.totalSeconds)} running time`}
              </div>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
