import { formatDate } from "@/lib/format";
import { SampleTag } from "./sample-tag";

type ReviewMetaProps = { weekNumber: number | null; publishedAt: Date | null; isSample: boolean };

export function ReviewMeta({ weekNumber, publishedAt, isSample }: ReviewMetaProps) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-soft">
      {weekNumber !== null && (
        <span className="font-semibold tracking-wide text-accent uppercase dark:text-night-accent">
          Week {weekNumber}
        </span>
      )}
      {publishedAt && <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt)}</time>}
      {isSample && <SampleTag />}
    </p>
  );
}
