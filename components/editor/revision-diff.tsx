import { memo } from "react";
import { editorText } from "@/lib/editor-text";
import type { EditorValues } from "@/lib/editor-values";
import { countChanges, type DiffLine, diffLines } from "@/lib/text-diff";

const CONTEXT = 2;

type Shown = DiffLine | { kind: "skipped"; count: number };

/** Long runs of unchanged lines fold away, but for a few lines either side of a change. */
function fold(diff: DiffLine[]): Shown[] {
  const near = diff.map((_, i) =>
    diff.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((line) => line.kind !== "same"),
  );
  const shown: Shown[] = [];
  diff.forEach((line, i) => {
    if (line.kind !== "same" || near[i]) return void shown.push(line);
    const last = shown.at(-1);
    if (last?.kind === "skipped") last.count++;
    else shown.push({ kind: "skipped", count: 1 });
  });
  return shown;
}

const styles = {
  same: "text-soft",
  added: "bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100",
  removed: "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100",
};
const marks = { same: " ", added: "+", removed: "−" };
const spoken = { same: "", added: "Added: ", removed: "Removed: " };

/**
 * What changed from a kept version to the form as it is now, line by line. Compared again only
 * when one of the two changes, not at every render of the editor around it.
 */
export const RevisionDiff = memo(function RevisionDiff({
  before,
  after,
  label,
}: {
  before: EditorValues;
  after: EditorValues;
  label: string;
}) {
  const diff = diffLines(editorText(before), editorText(after));
  const { added, removed } = countChanges(diff);
  return (
    <section
      aria-label={label}
      className="mt-4 rounded-md border border-stone-300 dark:border-stone-700"
    >
      <p className="border-b border-stone-300 px-3 py-2 text-sm font-medium dark:border-stone-700">
        {label}:{" "}
        {added + removed === 0
          ? "the form says the same."
          : `${added} ${added === 1 ? "line" : "lines"} added, ${removed} removed in the form since.`}
      </p>
      <ol className="overflow-x-auto py-1 font-mono text-xs leading-relaxed">
        {fold(diff).map((line, i) =>
          line.kind === "skipped" ? (
            <li key={i} className="px-3 text-soft italic">
              … {line.count} unchanged {line.count === 1 ? "line" : "lines"}
            </li>
          ) : (
            <li key={i} className={`px-3 whitespace-pre-wrap ${styles[line.kind]}`}>
              <span aria-hidden="true">{marks[line.kind]} </span>
              <span className="sr-only">{spoken[line.kind]}</span>
              {line.text ||
                (line.kind === "same" ? " " : <span className="italic">a blank line</span>)}
            </li>
          ),
        )}
      </ol>
    </section>
  );
});
