import { SampleTag } from "@/components/sample-tag";
import { formatDate } from "@/lib/format";
import { weekLabel } from "@/lib/series-weeks";

type ReviewMetaProps = {
  weekNumber: number | null;
  /** 2 for the second review that went live in its week (lib/series-weeks.ts). */
  placeInWeek?: number;
  publishedAt: Date | null;
  isSample: boolean;
};

export function ReviewMeta({ weekNumber, placeInWeek, publishedAt, isSample }: ReviewMetaProps) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-soft">
      {weekNumber !== null && (
        <span className="font-semibold tracking-wide text-accent uppercase dark:text-night-accent">
          {weekLabel(weekNumber, placeInWeek)}
        </span>
      )}
      {publishedAt && <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt)}</time>}
      {isSample && <SampleTag />}
    </p>
  );
}
