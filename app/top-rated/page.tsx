import type { Metadata } from "next";
import Link from "next/link";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { RankingList } from "@/components/top-rated/ranking-list";
import { PageVersion } from "@/components/viewer/page-version";
import {
  getCriticRanking,
  getReaderRanking,
  RANKING_LENGTH,
  READER_RANKING_MINIMUM,
} from "@/db/queries/rankings";

// Static: the critic's ranking moves with the reviews, the readers' with every score.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "Top rated",
  description: "The best-scored soundtracks of the series, by the critic and by its readers.",
};

export default async function TopRatedPage() {
  const [critic, readers] = await Promise.all([getCriticRanking(), getReaderRanking()]);
  const version = await tagPage(reads.topRated());
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageVersion {...version} />
      <h1 className="font-serif text-4xl font-semibold">Top rated</h1>
      <p className="mt-2 max-w-prose text-soft">
        The {RANKING_LENGTH} highest-scored soundtracks of the series, as the critic heard them and
        as readers did. Scores run from 0 to 10;{" "}
        <Link href="/about#scores" className="link-accent">
          how scores work
        </Link>
        .
      </p>
      <div className="mt-10 grid gap-12 md:grid-cols-2">
        <RankingList
          id="by-critic"
          title="By the critic"
          intro="The critic’s score, in tenths of a point; ties go to the newer review."
          ranked={critic}
          empty="No review has a critic’s score yet."
        />
        <RankingList
          id="by-readers"
          title="By readers"
          intro={`The readers’ average, for soundtracks with at least ${READER_RANKING_MINIMUM} readers’ scores; ties go to the one more readers scored.`}
          ranked={readers}
          empty={`No soundtrack has at least ${READER_RANKING_MINIMUM} readers’ scores yet. Score the ones you have heard on their review pages.`}
        />
      </div>
    </div>
  );
}
