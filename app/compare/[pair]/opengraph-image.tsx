import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { CompareShareCard } from "@/components/compare/compare-share-card";
import { shareCardFonts } from "@/components/share-card-frame";
import { getComparison, lookUpComparison } from "@/db/queries/compare";
import { summarizeTracks } from "@/lib/duration";

export const alt = "The soundtracks compared: films, critic’s scores and running times";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Drawn on the first request and cached like the comparison's page.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ pair: string }> };

export default async function Image({ params }: Props) {
  const lookup = await lookUpComparison((await params).pair);
  if (lookup.kind !== "found") {
    await tagPage(reads.compareNotFound());
    notFound();
  }
  await tagPage(reads.compareImage(lookup.soundtracks));
  const { soundtracks } = await getComparison(lookup.soundtracks.map((s) => s.id));
  const films = soundtracks.map((s) => ({
    filmTitle: s.filmTitle,
    criticScore: s.criticScore,
    totalSeconds: summarizeTracks(s.tracks).totalSeconds,
  }));
  return new ImageResponse(<CompareShareCard films={films} />, {
    ...size,
    fonts: await shareCardFonts(),
  });
}
