import type { PairScores } from "@/db/queries/compare";
import { describeDifference } from "@/lib/scores";

const readers = (n: number) => (n === 1 ? "1 reader" : `${n} readers`);

/** For each pair of soundtracks: the readers who scored both, and how their two scores differ. */
export function ScorePairs({
  pairs,
  titleOf,
}: {
  pairs: PairScores[];
  titleOf: (soundtrackId: number) => string;
}) {
  return (
    <ul className="mt-3 space-y-2">
      {pairs.map((pair) => {
        const first = titleOf(pair.firstId);
        const second = titleOf(pair.secondId);
        return (
          <li key={`${pair.firstId}-${pair.secondId}`}>
            {pairs.length > 1 && (
              <span className="font-semibold">
                {first} and {second}:{" "}
              </span>
            )}
            {pair.readers === 0 || pair.meanDifference === null ? (
              <span className="text-soft">No reader has scored both yet.</span>
            ) : (
              <>
                {readers(pair.readers)} scored both; on average they put <em>{first}</em>{" "}
                {describeDifference(pair.meanDifference, "")}
                <em>{second}</em>.
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
