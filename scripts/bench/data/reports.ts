// A few comment reports, some of them resolved; never on a deleted comment or by its author.
import { REPORT_REASONS } from "@/lib/comment-rules";
import { NOW_S } from "./constants";
import type { Comments } from "./comments";
import { insertRows } from "./database";
import { DELETED } from "./discussions";
import { chance, pick, pickReader, rngFor } from "./random";
import type { Readers } from "./readers";
import type { Run } from "./run";

export async function writeReports({ w, counts }: Run, readers: Readers, comments: Comments) {
  const R = counts.readers;
  const M = comments.count;
  const rng = rngFor("reports");
  const reasons = Object.keys(REPORT_REASONS);
  const seen = new Set<string>();
  const rows: [number, string, string, number, number | null][] = [];
  const wanted = counts.commentReports;
  for (let tries = 0; rows.length < wanted && tries < wanted * 10; tries++) {
    const p = Math.floor(M * rng());
    const reporter = pickReader(rng, R);
    const key = `${p}:${reporter}`;
    if (comments.flags[p]! & DELETED || reporter === comments.author[p] || seen.has(key)) continue;
    seen.add(key);
    const from = Math.ceil(comments.time[p]! / 1000);
    const at = from + Math.floor((NOW_S - from) * rng());
    const resolved = chance(rng, 0.3) ? at + Math.floor((NOW_S - at) * rng()) : null;
    rows.push([comments.id[p]!, readers.ids[reporter]!, pick(rng, reasons), at, resolved]);
  }
  rows.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  w.phase("comment reports", rows.length);
  await insertRows(
    w,
    "comment_reports",
    ["comment_id", "reporter_id", "reason", "created_at", "resolved_at"],
    rows.length,
    (i, a) => {
      a.push(...rows[i]!);
    },
  );
}
