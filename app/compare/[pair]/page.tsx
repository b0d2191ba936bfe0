import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { ComparisonCharts } from "@/components/compare/comparison-charts";
import { CompareTable } from "@/components/compare/compare-table";
import { RecordOpen } from "@/components/compare/record-open";
import { SharedComposers } from "@/components/compare/shared-composers";
import { PageVersion } from "@/components/viewer/page-version";
import { getComparison, lookUpComparison } from "@/db/queries/compare";
import { describeProblem } from "@/lib/compare-path";

// Static, the same for everyone, and regenerated when a soundtrack's review, scores or
// favourites change (by tag) or a minute after it was made.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ pair: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pair } = await params;
  const lookup = await lookUpComparison(pair);
  if (lookup.kind === "problem") return { title: describeProblem(lookup.problem).title };
  if (lookup.kind !== "found") return {};
  const films = lookup.soundtracks.map((s) => s.filmTitle);
  return {
    title: `${films.join(" vs ")}: soundtracks compared`,
    description: `The soundtracks of ${films.join(", ")} side by side: runtimes, track lengths, scores and readers’ favourites.`,
    alternates: { canonical: `/compare/${pair}` },
  };
}

export default async function ComparisonPage({ params }: Props) {
  const { pair } = await params;
  const lookup = await lookUpComparison(pair);
  // The layout has explained the problem, or moved the address; this answers 404.
  if (lookup.kind !== "found") notFound();
  const version = await tagPage(reads.comparePage(lookup.soundtracks));
  const { soundtracks, pairs } = await getComparison(lookup.soundtracks.map((s) => s.id));
  const titleOf = (id: number) => soundtracks.find((s) => s.id === id)?.filmTitle ?? "";
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageVersion {...version} />
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">
        {soundtracks.length} soundtracks compared
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold break-words sm:text-4xl">
        {soundtracks.map((s, i) => (
          <span key={s.id}>
            {i > 0 && <span className="font-sans text-xl font-normal text-soft"> vs </span>}
            {s.filmTitle}
          </span>
        ))}
      </h1>
      <p className="mt-3 text-soft">
        <Link
          href={`/compare?with=${encodeURIComponent(soundtracks[0]!.slug)}`}
          className="link-accent"
        >
          Change the comparison
        </Link>{" "}
        · This page’s address is the same whichever order the soundtracks were chosen in.
      </p>
      <CompareTable soundtracks={soundtracks} />
      <SharedComposers soundtracks={soundtracks} />
      <ComparisonCharts soundtracks={soundtracks} pairs={pairs} titleOf={titleOf} />
      <RecordOpen slugs={soundtracks.map((s) => s.slug)} />
    </div>
  );
}
