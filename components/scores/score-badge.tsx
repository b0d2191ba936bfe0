import { formatScore } from "@/lib/format";

type ScoreBadgeProps = { score: number | null; size?: "small" | "large" };

export function ScoreBadge({ score, size = "small" }: ScoreBadgeProps) {
  if (score === null) {
    return <span className="text-sm text-soft">No critic score</span>;
  }
  const big = size === "large";
  return (
    <span className="inline-flex items-baseline gap-1">
      <span className="sr-only">Critic score {formatScore(score)} out of 10</span>
      <span
        aria-hidden="true"
        className={`font-serif font-semibold text-accent dark:text-night-accent ${big ? "text-4xl" : "text-xl"}`}
      >
        {formatScore(score)}
      </span>
      <span aria-hidden="true" className="text-sm text-soft">
        / 10
      </span>
    </span>
  );
}
