// Renders the results twice from one description: aligned text for the console, Markdown for
// bench-results/, and keeps the raw numbers as JSON beside them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const numberFormat = new Intl.NumberFormat("en-US");
export const count = (n) => (Number.isFinite(n) ? numberFormat.format(Math.round(n)) : "–");
export const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");
export const ratio = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : "–");
export const kB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : "–");
export const percent = (share) => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : "–");
export const verdict = (met) => (met === undefined ? "" : met ? "met" : "MISSED");

/** Each distinct value once, counted, in order of first appearance: "12 × value". */
export function tally(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${n} × ${value}`);
}

/** A table: `columns` are titles (a leading ">" aligns a column right), rows are cell strings. */
export function table(columns, rows) {
  return { columns, rows: rows.map((row) => row.map((cell) => String(cell ?? ""))) };
}

function tableText({ columns, rows }) {
  const titles = columns.map((c) => c.replace(/^>/, ""));
  const right = columns.map((c) => c.startsWith(">"));
  const widths = titles.map((t, i) => Math.max(t.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(titles), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)];
}

function tableMarkdown({ columns, rows }) {
  const titles = columns.map((c) => c.replace(/^>/, ""));
  const escape = (cell) => cell.replaceAll("|", "\\|");
  return [
    `| ${titles.join(" | ")} |`,
    `| ${columns.map((c) => (c.startsWith(">") ? "--:" : ":--")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
  ];
}

/**
 * `sections`: [{ title, lines?: string[], table?, notes?: string[] }]. Lines come before the
 * table, notes after it (as a list in Markdown).
 */
export function renderText(title, sections) {
  const out = ["", title, "═".repeat(title.length)];
  for (const section of sections) {
    out.push("", section.title, "─".repeat(section.title.length));
    out.push(...(section.lines ?? []));
    if (section.table) out.push(...tableText(section.table));
    for (const note of section.notes ?? []) out.push(`  · ${note}`);
  }
  return out.join("\n");
}

export function renderMarkdown(title, sections) {
  const out = [`# ${title}`];
  for (const section of sections) {
    out.push("", `## ${section.title}`, "");
    if (section.lines?.length) out.push(...section.lines.map((l) => `${l}  `), "");
    if (section.table) out.push(...tableMarkdown(section.table), "");
    for (const note of section.notes ?? []) out.push(`- ${note}`);
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * Writes `<stamp><suffix>.md/.json/.server.log` and the same as `latest<suffix>.*` into `folder`;
 * returns the .md path.
 */
export function writeResults({ folder, stamp, suffix, markdown, data, serverLog }) {
  mkdirSync(folder, { recursive: true });
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const log = serverLog.map(({ source, line }) => `[${source}] ${line}\n`).join("");
  for (const name of [`${stamp}${suffix}`, `latest${suffix}`]) {
    writeFileSync(join(folder, `${name}.md`), markdown);
    writeFileSync(join(folder, `${name}.json`), json);
    writeFileSync(join(folder, `${name}.server.log`), log);
  }
  return join(folder, `${stamp}${suffix}.md`);
}
