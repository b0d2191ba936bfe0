import type { PairScores } from "@/db/queries/compare";
import { describeDifference, readersLabel } from "@/lib/scores";

const NOBODY = "No reader has scored both yet.";

/**
 * For each pair of soundtracks: the readers who scored both, and how their two scores differ.
 * The pairs nobody has scored both of share one line, and when that is every pair it says so once.
 */
export function ScorePairs({
  pairs,
  titleOf,
}: {
  pairs: PairScores[];
  titleOf: (soundtrackId: number) => string;
}) {
  const scored = pairs.filter((pair) => pair.readers > 0 && pair.meanDifference !== null);
  if (scored.length === 0) return <p className="mt-3 text-soft">{NOBODY}</p>;
  const unscored = pairs.filter((pair) => !scored.includes(pair));
  const names = (pair: PairScores) => `${titleOf(pair.firstId)} and ${titleOf(pair.secondId)}`;
  return (
    <ul className="mt-3 space-y-2">
      {scored.map((pair) => {
        const first = titleOf(pair.firstId);
        const second = titleOf(pair.secondId);
        return (
          <li key={`${pair.firstId}-${pair.secondId}`}>
            {pairs.length > 1 && <span className="font-semibold">{names(pair)}: </span>}
            {readersLabel(pair.readers)} scored both; on average they put <em>{first}</em>{" "}
            {describeDifference(pair.meanDifference!, "")}
            <em>{second}</em>.
          </li>
        );
      })}
      {unscored.length > 0 && (
        <li className="text-soft">
          Not yet scored together by any reader: {unscored.map(names).join("; ")}.
        </li>
      )}
    </ul>
  );
}
