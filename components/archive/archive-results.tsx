import Link from "next/link";
import { ReviewCard } from "@/components/review/review-card";
import { EmptyState } from "@/components/site/empty-state";
import type { ArchiveCard } from "@/db/queries/archive";
import { formatScore } from "@/lib/format";

function readersLine({ count, average }: ArchiveCard["readers"]) {
  if (average === null) return "No readers’ scores yet";
  return `Readers’ average ${formatScore(average)} from ${count} ${count === 1 ? "score" : "scores"}`;
}

export function ArchiveResults({
  cards,
  counts,
  filtered,
}: {
  cards: ArchiveCard[];
  counts: Map<number, number>;
  filtered: boolean;
}) {
  if (cards.length === 0) {
    return (
      <div className="mt-8">
        {filtered ? (
          <EmptyState title="No reviews match these filters">
            Try another year, composer or score, or{" "}
            <Link href="/reviews" className="link-accent">
              see every review
            </Link>
            .
          </EmptyState>
        ) : (
          <EmptyState title="No reviews yet">The first week’s review will appear here.</EmptyState>
        )}
      </div>
    );
  }
  return (
    <ol className="mt-8" aria-label="Reviews">
      {cards.map((card) => (
        <li key={card.id}>
          <ReviewCard review={card} commentCount={counts.get(card.id) ?? 0} headingLevel={2} />
          {/* Under the card's text column: the cover is w-24 (sm: w-28) with a gap of 4 (sm: 6). */}
          <p className="-mt-4 pb-6 pl-28 text-sm text-soft sm:pl-34">{readersLine(card.readers)}</p>
        </li>
      ))}
    </ol>
  );
}
