// npm run bench [-- --cluster] [-- --skip-lighthouse]
// [-- --skip-newsletter | --newsletter-only | --writes-only]:
// see scripts/bench.mjs for what it does.
// The run as a sequence of steps; each lives in a module of its own beside this one.
import { ARCHIVE_PAGE_SIZE } from "../../lib/archive.ts";
import { BENCH_REVIEW_SLUG } from "./data/index.ts";
import { SCALE } from "./config.mjs";
import { ensureBenchData, openReadOnly, readFacts, sourceFileFor } from "./data.mjs";
import { jsPhase } from "./js-phase.mjs";
import { lighthousePhase } from "./lighthouse-phase.mjs";
import { describeMachine, loadNow } from "./machine.mjs";
import { newsletterPhase } from "./newsletter-phase.mjs";
import { oneInstanceFirst } from "./one-against-two.mjs";
import { readOptions } from "./options.mjs";
import { readPhase, readSomeRows } from "./read-phase.mjs";
import { reportRun } from "./results.mjs";
import { scanServerLog } from "./server-log.mjs";
import { startSite, stopAll } from "./servers.mjs";
import { prepareTaste } from "./taste.mjs";
import { BenchError, note, noteFailure, progress } from "./status.mjs";
import { writePhase, writeTargetsMet } from "./write-phase.mjs";

async function run(options) {
  const startedAt = new Date();
  const host = describeMachine();
  note(
    `Machine: ${host.cpus} × ${host.model}, ${host.memoryGB} GB, load average ${host.loadAverage.join(" ")} at start; Node ${host.node}; commit ${host.commit}`,
  );
  const sourceDb = sourceFileFor(SCALE);
  ensureBenchData(sourceDb, SCALE);
  const compareWith = options.cluster && !options.newsletterOnly;
  const oneInstance = compareWith ? await oneInstanceFirst(options, sourceDb) : undefined;
  const { bases, databaseUrl, profiler } = await startSite(options, sourceDb);
  const client = await openReadOnly(databaseUrl);
  try {
    const facts = await readFacts(client, {
      reviewSlug: BENCH_REVIEW_SLUG,
      archivePageSize: ARCHIVE_PAGE_SIZE,
    });
    const newsletter = !options.skipNewsletter && !options.writesOnly && !options.rows;
    // Reads, JavaScript and Lighthouse: everything but the narrow runs.
    const pages = !options.newsletterOnly && !options.writesOnly && !options.rows;
    if (pages || options.rows) facts.taste = await prepareTaste(databaseUrl);
    if (newsletter && facts.subscribers === 0) {
      throw new BenchError(
        `${sourceDb} has no newsletter subscribers (it predates them): delete it, or run npm run bench:data, and run again`,
      );
    }
    const load = { start: host.loadAverage[0] };
    const phases = {};
    if (options.rows) {
      phases.reads = await readSomeRows({ bases, facts, keys: options.rows });
      load.afterReads = loadNow();
    }
    if (pages) {
      phases.reads = await readPhase({ bases, facts });
      load.afterReads = loadNow();
      phases.js = await jsPhase(bases[0], facts);
    }
    if (!options.newsletterOnly && !options.rows) {
      phases.writes = await writePhase({ bases, facts, client, profiler });
      load.afterWrites = loadNow();
    }
    if (newsletter) {
      phases.newsletter = await newsletterPhase({ bases, databaseUrl, facts, client });
      load.afterNewsletter = loadNow();
    }
    const log = scanServerLog();
    if (phases.writes) phases.writes.met = writeTargetsMet(phases.writes, log);
    if (pages) phases.lighthouse = await lighthousePhase(bases[0], options);
    const ran = { startedAt, options, host, bases, sourceDb, facts, load, oneInstance };
    return reportRun({ ...ran, ...phases, log });
  } finally {
    client.close();
  }
}

export async function main(argv) {
  const { options, exitCode } = readOptions(argv);
  if (!options) return exitCode;
  const controller = new AbortController();
  options.signal = controller.signal;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, async () => {
      note(`\n${signal}: stopping the servers…`);
      controller.abort();
      await stopAll();
      process.exit(130);
    });
  }
  try {
    return await run(options);
  } catch (error) {
    if (controller.signal.aborted) return 130;
    noteFailure(error);
    return 1;
  } finally {
    progress("Stopping the servers…");
    await stopAll();
  }
}
