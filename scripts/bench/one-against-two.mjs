// --cluster: the rows that reach the database (/api/viewer, a search not made before) and the
// 1,000 writes, measured first on one instance on a fresh copy of the file, then on the cluster,
// side by side with their ratios and targets.
import { ARCHIVE_PAGE_SIZE } from "../../lib/archive.ts";
import { BENCH_REVIEW_SLUG } from "./data/index.ts";
import { TARGETS } from "./config.mjs";
import { openReadOnly, readFacts } from "./data.mjs";
import { loadNow } from "./machine.mjs";
import { readSomeRows } from "./read-phase.mjs";
import { count, ms, ratio, table, verdict } from "./report.mjs";
import { startSite, stopAll } from "./servers.mjs";
import { note } from "./status.mjs";
import { writePhase } from "./write-phase.mjs";

/** The read rows compared (pages.mjs keys), and each one's target against one instance. */
const COMPARED = { viewer: TARGETS.clusterReads, "new-search": TARGETS.clusterReads };

/** One instance on the file: the compared rows (unless only the writes are asked) and the writes. */
export async function oneInstanceFirst(options, sourceDb) {
  note("One instance on the database file first, for the comparison with two:");
  const { bases, databaseUrl } = await startSite({ ...options, cluster: false }, sourceDb);
  const client = await openReadOnly(databaseUrl);
  try {
    const facts = await readFacts(client, {
      reviewSlug: BENCH_REVIEW_SLUG,
      archivePageSize: ARCHIVE_PAGE_SIZE,
    });
    const keys = Object.keys(COMPARED);
    const reads = options.writesOnly ? [] : await readSomeRows({ bases, facts, keys });
    const writes = await writePhase({ bases, facts, client });
    return { reads, writes, load: loadNow() };
  } finally {
    client.close();
    await stopAll();
    note("Two instances on replicas of sqld next:");
  }
}

/** The compared figures, one instance against two, and the targets they met. */
export function compareSides(one, two) {
  const rows = Object.entries(COMPARED).flatMap(([key, target]) => {
    const a = one.reads.find((r) => r.key === key);
    const b = (two.reads ?? []).find((r) => r.key === key);
    if (!a || !b) return [];
    const x = b.rps / a.rps;
    return [{ label: a.label, unit: "req/s", one: a, two: b, x, target, met: x >= target }];
  });
  const [w1, w2] = [one.writes.summary, two.writes.summary];
  const x = w2.perSecond / w1.perSecond;
  const writes = { rps: w1.perSecond, p95: w1.all.p95 };
  const writes2 = { rps: w2.perSecond, p95: w2.all.p95 };
  const target = TARGETS.clusterWrites;
  rows.push({
    label: "1,000 writes",
    unit: "/s",
    one: writes,
    two: writes2,
    x,
    target,
    met: x >= target,
  });
  return rows;
}

export function comparisonSection(rows, oneLoad) {
  const side = (r, s) => `${count(s.rps)}${r.unit === "/s" ? "/s" : ""}, p95 ${ms(s.p95)} ms`;
  return {
    title: "One instance on the file against two on replicas",
    table: table(
      ["what", ">1 instance, file", ">2 instances, replicas", ">ratio", "target", ""],
      rows.map((r) => [
        r.label,
        side(r, r.one),
        side(r, r.two),
        ratio(r.x),
        `≥ ${r.target}×`,
        verdict(r.met),
      ]),
    ),
    notes: [
      "Both sides in this run, one after the other, each on a fresh copy of the bench database: first one instance on the file, then sqld with two instances, each on an embedded replica of it (reads from its own file, writes to sqld), the load split over both.",
      `Load average (1 min) after the one instance's writes: ${oneLoad}.`,
    ],
  };
}
