import { FieldErrors } from "@/components/forms/form-field";
import { describeDuration, formatDuration } from "@/lib/duration";
import type { TrackRow } from "@/lib/editor-values";
import { rowTotals } from "@/lib/track-rows";
import { EditorSection } from "./editor-field";
import { TrackPaste } from "./track-paste";
import { TrackRows } from "./track-rows";

type Props = { rows: TrackRow[]; onRows: (rows: TrackRow[]) => void; errors?: string[] };

function Totals({ rows }: { rows: TrackRow[] }) {
  const { count, seconds, unread } = rowTotals(rows);
  return (
    <p className="rounded-md bg-stone-100 px-3 py-2 text-sm dark:bg-stone-900">
      <strong>
        {count} {count === 1 ? "track" : "tracks"}
      </strong>
      {" · "}
      Total runtime{" "}
      <strong className="tabular-nums">
        <span aria-hidden="true">{formatDuration(seconds)}</span>
        <span className="sr-only">{describeDuration(seconds)}</span>
      </strong>
      {unread > 0 && (
        <span className="text-soft">
          {" "}
          (without {unread} {unread === 1 ? "track" : "tracks"} whose length is not a time yet)
        </span>
      )}
    </p>
  );
}

/** Pasting a track list, the rows it fills, and the count and runtime as they change. */
export function TrackEditor({ rows, onRows, errors }: Props) {
  return (
    <EditorSection title="Track list" id="tracks">
      <TrackPaste rows={rows} onRows={onRows} />
      <Totals rows={rows} />
      <TrackRows rows={rows} onRows={onRows} />
      <FieldErrors id="tracks-error" errors={errors} />
    </EditorSection>
  );
}
