import { composerNames } from "./format";

/** What a cover card (or a share image) names: the film, its composers, its year. */
export type CardSoundtrack = {
  filmTitle: string;
  filmYear: number | null;
  composers: readonly { composer: { name: string } }[];
};

/**
 * How large a film's title can be set on a cover card or a share image and still fit in a few
 * lines: the longer the title, the smaller the type.
 */
export function titleScale(title: string): "short" | "medium" | "long" {
  if (title.length > 48) return "long";
  if (title.length > 24) return "medium";
  return "short";
}

/** "Cover card: Mission: Impossible – Fallout, music by Lorne Balfe, 2018", for those who don't see it. */
export function coverCardLabel(soundtrack: CardSoundtrack): string {
  const composers = composerNames(soundtrack.composers);
  const parts = [
    soundtrack.filmTitle,
    composers && `music by ${composers}`,
    soundtrack.filmYear && String(soundtrack.filmYear),
  ];
  return `Cover card: ${parts.filter(Boolean).join(", ")}`;
}
