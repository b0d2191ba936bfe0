import { useEffect, useRef } from "react";
import { quietButtonClass } from "@/components/forms/button-styles";
import { inputClass } from "@/components/forms/form-field";
import { parseDuration } from "@/lib/duration";
import type { TrackRow } from "@/lib/editor-values";
import { addRow, moveRow, removeRow } from "@/lib/track-rows";
import { WrappingField } from "./wrapping-field";

type Props = { rows: TrackRow[]; onRows: (rows: TrackRow[]) => void };

const cell = `${inputClass} mt-0 px-2`;
const iconButton =
  "inline-flex h-10 min-w-10 items-center justify-center rounded-md border border-stone-400 px-2 text-sm font-medium hover:border-accent disabled:opacity-40 dark:border-stone-600 dark:hover:border-night-accent";

/** The track list as rows to edit, add, remove and move, each with its own buttons. */
export function TrackRows({ rows, onRows }: Props) {
  // After a move the focus follows the button that moved the row.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const set = (index: number, patch: Partial<TrackRow>) =>
    onRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, delta: -1 | 1) => {
    const moved = moveRow(rows, index, delta);
    onRows(moved);
    const row = rows[index]!;
    const to = moved.indexOf(moved.find((r) => r.key === row.key)!);
    const edge = (delta < 0 && to === 0) || (delta > 0 && to === moved.length - 1);
    const direction = edge === delta < 0 ? "down" : "up";
    focusNext.current = `${row.key}-${direction}`;
  };
  return (
    <div>
      {rows.length === 0 ? (
        <p className="text-sm text-soft">
          No tracks yet: paste a list above, or add them one by one.
        </p>
      ) : (
        <>
          <p
            aria-hidden="true"
            className="mb-1 hidden grid-cols-[3.5rem_3.5rem_minmax(0,1fr)_5.5rem_11rem] gap-2 text-xs font-semibold tracking-wide text-soft uppercase sm:grid"
          >
            <span>Disc</span>
            <span>No.</span>
            <span>Title</span>
            <span>Length</span>
            <span />
          </p>
          <ol className="space-y-3" aria-label="Tracks">
            {rows.map((row, i) => {
              const n = i + 1;
              const badLength = row.duration !== "" && parseDuration(row.duration) === null;
              return (
                <li
                  key={row.key}
                  className="grid grid-cols-[3.5rem_3.5rem_minmax(0,1fr)] items-start gap-2 sm:grid-cols-[3.5rem_3.5rem_minmax(0,1fr)_5.5rem_11rem]"
                >
                  <input
                    aria-label={`Disc of track ${n}`}
                    inputMode="numeric"
                    value={row.disc}
                    onChange={(e) => set(i, { disc: e.target.value })}
                    className={cell}
                  />
                  <input
                    aria-label={`Number of track ${n}`}
                    inputMode="numeric"
                    value={row.position}
                    onChange={(e) => set(i, { position: e.target.value })}
                    className={cell}
                  />
                  {/* On a phone the title has a line of its own, whole and wrapping. */}
                  <span aria-hidden="true" className="self-center text-sm text-soft sm:hidden">
                    Track {n}
                  </span>
                  <WrappingField
                    aria-label={`Title of track ${n}`}
                    value={row.title}
                    onChange={(title) => set(i, { title })}
                    className={`${cell} col-span-3 sm:col-span-1`}
                  />
                  <div className="col-span-3 flex items-start gap-2 sm:contents">
                    <div className="w-24 shrink-0 sm:w-auto">
                      <input
                        aria-label={`Length of track ${n}`}
                        placeholder="m:ss"
                        value={row.duration}
                        onChange={(e) => set(i, { duration: e.target.value })}
                        aria-invalid={badLength || undefined}
                        aria-describedby={badLength ? `${row.key}-length` : undefined}
                        className={`${cell} tabular-nums`}
                      />
                      {badLength && (
                        <p
                          id={`${row.key}-length`}
                          className="mt-1 text-xs text-red-700 dark:text-red-400"
                        >
                          Use m:ss, like 3:45
                        </p>
                      )}
                    </div>
                    <div className="flex gap-2">
                      <button
                        type="button"
                        id={`${row.key}-up`}
                        onClick={() => move(i, -1)}
                        disabled={i === 0}
                        aria-label={`Move track ${n} up`}
                        className={iconButton}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        id={`${row.key}-down`}
                        onClick={() => move(i, 1)}
                        disabled={i === rows.length - 1}
                        aria-label={`Move track ${n} down`}
                        className={iconButton}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        onClick={() => onRows(removeRow(rows, i))}
                        aria-label={`Remove track ${n}${row.title ? ` (${row.title})` : ""}`}
                        className={iconButton}
                      >
                        Remove
                      </button>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <button
        type="button"
        onClick={() => onRows(addRow(rows))}
        className={`${quietButtonClass} mt-3`}
      >
        Add a track
      </button>
    </div>
  );
}
