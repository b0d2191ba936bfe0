// A few comment reports, some of them resolved; never on a deleted comment or by its author.
import { commentReports } from "@/db/schema";
import { REPORT_REASONS } from "@/lib/comment-rules";
import { NOW_S } from "./constants";
import type { Comments } from "./comments";
import { insertRows } from "./database";
import { DELETED } from "./discussions";
import { chance, pick, pickReader, rngFor } from "./random";
import type { Readers } from "./readers";
import type { Run } from "./run";

type Report = {
  commentId: number;
  reporterId: string;
  reason: string;
  createdAt: number;
  resolvedAt: number | null;
};

export async function writeReports({ w, counts }: Run, readers: Readers, comments: Comments) {
  const R = counts.readers;
  const M = comments.count;
  const rng = rngFor("reports");
  const reasons = Object.keys(REPORT_REASONS);
  const seen = new Set<string>();
  const rows: Report[] = [];
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
    rows.push({
      commentId: comments.id[p]!,
      reporterId: readers.ids[reporter]!,
      reason: pick(rng, reasons),
      createdAt: at,
      resolvedAt: resolved,
    });
  }
  rows.sort((x, y) => x.commentId - y.commentId || (x.reporterId < y.reporterId ? -1 : 1));
  w.phase("comment reports", rows.length);
  await insertRows(w, commentReports, rows.length, (i) => rows[i]!);
}
