import { permanentRedirect } from "next/navigation";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { ComparisonProblem } from "@/components/compare/comparison-problem";
import { lookUpComparison } from "@/db/queries/compare";

type Props = { children: React.ReactNode; params: Promise<{ pair: string }> };

/**
 * A comparison's address in any other order, or naming a review by its own slug, moves for good
 * to the canonical one. An address that names no comparison is explained here, above the page,
 * which then answers 404 (a not-found page is given no props, so it could not say what was
 * wrong); that answer is cached too, and a soundtrack going live expires it.
 */
export default async function ComparisonLayout({ children, params }: Props) {
  const { pair } = await params;
  const lookup = await lookUpComparison(pair);
  if (lookup.kind === "found") return children;
  await tagPage(reads.compareNotFound());
  if (lookup.kind === "moved") permanentRedirect(lookup.href);
  return (
    <>
      <ComparisonProblem pair={pair} problem={lookup.problem} didYouMean={lookup.didYouMean} />
      {children}
    </>
  );
}
