// The Lighthouse phase: desktop and mobile on the home and review pages, once the machine is
// idle, each against its target; skipped with --cluster and --skip-lighthouse.
import { IDLE_WAIT_MS, PORTS, REVIEW_PATH, TARGETS } from "./config.mjs";
import { onQuietMachine, waitForIdle } from "./cpu.mjs";
import { CATEGORIES, lighthouseUnavailable, runLighthouse } from "./lighthouse.mjs";
import { note, progress } from "./status.mjs";

const PAGES = [
  { label: "home", path: "/" },
  { label: "review", path: REVIEW_PATH },
];

async function lighthouseRun(page, formFactor, base) {
  progress(`Lighthouse ${formFactor} on ${page.path} (about a minute)…`);
  const result = await onQuietMachine(`Lighthouse ${formFactor} ${page.path}`, () =>
    runLighthouse({
      url: new URL(page.path, base).href,
      formFactor,
      debugPort: PORTS.chrome,
    }),
  );
  const run = { ...page, formFactor, ...result };
  if (result.scores) {
    run.met =
      formFactor === "desktop"
        ? CATEGORIES.every((c) => result.scores[c] === 100)
        : result.scores.performance >= TARGETS.mobilePerformance;
  }
  note(
    `✓ Lighthouse ${formFactor} ${page.path}: ${result.error ?? CATEGORIES.map((c) => result.scores[c]).join(" / ")}`,
  );
  return run;
}

export async function lighthousePhase(base, options) {
  if (options.cluster) {
    return { skipped: "not run with --cluster (the same build; see npm run bench)" };
  }
  if (options.skipLighthouse) return { skipped: "--skip-lighthouse" };
  const why = await lighthouseUnavailable(PORTS.chrome);
  if (why) {
    note(`! Lighthouse skipped: ${why}`);
    return { skipped: why };
  }
  await waitForIdle({ what: "Lighthouse", timeoutMs: IDLE_WAIT_MS });
  const runs = [];
  for (const page of PAGES) {
    for (const formFactor of ["desktop", "mobile"])
      runs.push(await lighthouseRun(page, formFactor, base));
  }
  return { runs };
}
