// The first-visit JavaScript phase: each public page's scripts, gzipped, against the target.
import { DIST_DIR, TARGETS } from "./config.mjs";
import { firstVisitJs } from "./javascript.mjs";
import { jsPages } from "./pages.mjs";
import { note, progress } from "./status.mjs";

export async function jsPhase(base, facts) {
  progress("Measuring first-visit JavaScript…");
  const js = await firstVisitJs({
    base,
    distDir: DIST_DIR,
    pages: jsPages(facts),
    limitBytes: TARGETS.jsAboveFloor,
  });
  for (const row of js.rows) if (!row.error) row.met = row.above <= js.limitBytes;
  note("✓ First-visit JavaScript measured");
  return js;
}
