import { useState } from "react";
import { quietButtonClass } from "@/components/forms/button-styles";
import { inputClass } from "@/components/forms/form-field";
import { rowsFromParsed, type TrackRow } from "@/lib/editor-values";
import { parseTrackList, type TrackListError } from "@/lib/track-list";

type Props = { rows: TrackRow[]; onRows: (rows: TrackRow[]) => void };

/**
 * A pasted track list read by the site's own parser, in the browser: the rows it could read
 * replace the table's, and each line it could not is listed with the reason.
 */
export function TrackPaste({ rows, onRows }: Props) {
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<TrackListError[]>([]);
  const [note, setNote] = useState("");
  const fill = () => {
    const parsed = parseTrackList(text);
    setErrors(parsed.errors);
    if (parsed.tracks.length > 0) onRows(rowsFromParsed(parsed.tracks, rows));
    const read = `${parsed.tracks.length} ${parsed.tracks.length === 1 ? "track" : "tracks"} read`;
    const unread = parsed.errors.length;
    setNote(
      parsed.tracks.length === 0 && unread === 0
        ? "Paste the track list first, one track a line."
        : unread === 0
          ? `${read}: the rows below are filled.`
          : `${read}; ${unread} ${unread === 1 ? "line" : "lines"} could not be read (listed below).`,
    );
  };
  return (
    <div className="space-y-2">
      <label htmlFor="track-paste" className="block text-sm font-medium">
        Paste a track list
      </label>
      <p id="track-paste-hint" className="text-sm text-soft">
        One track a line, like “1. A Storm Is Coming (1:12)”; “Disc 2” starts a second disc.
        {rows.length > 0 &&
          " Filling replaces the rows below; tracks with the same title keep their readers’ picks."}
      </p>
      <textarea
        id="track-paste"
        rows={5}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby="track-paste-hint track-paste-result"
        className={`${inputClass} font-mono text-sm`}
      />
      <button type="button" onClick={fill} className={quietButtonClass}>
        Fill the rows from this list
      </button>
      <div id="track-paste-result" role="status" aria-live="polite" className="text-sm">
        {note && (
          <p className={errors.length > 0 ? "text-red-700 dark:text-red-400" : "text-soft"}>
            {note}
          </p>
        )}
        {errors.length > 0 && (
          <ul className="mt-2 space-y-1" aria-label="Lines that could not be read">
            {errors.map((error) => (
              <li
                key={error.line}
                className="grid gap-x-3 rounded-md bg-red-50 px-3 py-2 sm:grid-cols-[auto_minmax(0,1fr)_minmax(0,1fr)] dark:bg-red-950"
              >
                <span className="font-semibold">Line {error.line}</span>
                <code className="break-words">{error.text}</code>
                <span className="text-red-800 dark:text-red-300">{error.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
