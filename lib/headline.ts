import { SITE_NAME } from "./site";

/** Letters and digits only, accents and case set aside: "Mission: Impossible" -> "missionimpossible". */
function bare(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Whether a headline says more than the film's title: "Exploring Soundtracks: Inception" above
 * "Inception" only says it again, the series' name, punctuation and case aside.
 */
export function headlineAddsToTitle(headline: string, filmTitle: string): boolean {
  const series = bare(SITE_NAME);
  let words = bare(headline);
  if (words.startsWith(series)) words = words.slice(series.length);
  return words !== "" && words !== bare(filmTitle);
}
