// What every phase of the generator shares: the connection, the writer that counts its progress, and
// the counts the scale asks for.
import type { Client } from "@libsql/client";
import type { Database } from "@/db/client";
import type { ProgressUpdate } from "../../progress";
import type { BenchCounts } from "./constants";
import type { Writer } from "./database";

export type Run = { client: Client; db: Database; w: Writer; counts: BenchCounts };

/** The run's total is the rows it plans to write, refined as each phase learns its own. */
export function startRun(
  { client, db }: { client: Client; db: Database },
  counts: BenchCounts,
  onProgress?: (update: ProgressUpdate) => void,
): Run {
  const planned = new Map<string, number>([
    ["seed", 1],
    ["composers", counts.composers],
    ["soundtracks", counts.soundtracks],
    ["soundtrack composers", Math.round(counts.soundtracks * 1.3)],
    ["reviews", counts.soundtracks],
    ["tracks", counts.tracks],
    ["readers", counts.readers],
    ["reader scores", counts.readerScores],
    ["score stats", counts.soundtracks + 10],
    ["comments", counts.comments],
    ["comment likes", counts.commentLikes],
    ["comment reports", counts.commentReports],
    ["favourite tracks", counts.favouriteTracks],
    ["newsletter subscribers", Math.round(counts.subscribers * 1.05)],
    ["recounts", counts.tracks + counts.comments],
    ["checkpoint", 1],
  ]);
  let overallDone = 0;
  let current: ProgressUpdate = { phase: "", unit: "rows", done: 0, total: 0 };
  const report = () => {
    const overallTotal = [...planned.values()].reduce((a, b) => a + b, 0);
    onProgress?.({ ...current, overallDone, overallTotal });
  };
  const w: Writer = {
    client,
    phase(phase, total, unit = "rows") {
      current = { phase, unit, done: 0, total };
      planned.set(phase, total);
      report();
    },
    advance(rows) {
      current.done += rows;
      overallDone += rows;
      report();
    },
  };
  return { client, db, w, counts };
}
