// The end of a run: the report printed and written to bench-results/, and the exit code.
import { CONNECTIONS, RESULTS_DIR, SCALE, SECONDS, WRITE_CONCURRENCY } from "./config.mjs";
import { renderMarkdown, renderText, writeResults } from "./report.mjs";
import {
  jsSection,
  lighthouseSection,
  readSection,
  serverSection,
  setupSection,
  summarySection,
  writeSection,
} from "./sections.mjs";
import { serverLog } from "./servers.mjs";

/** What was served, in words: "2 instances on sqld" or "1 instance on embedded SQLite". */
const modeOf = ({ cluster }) => (cluster ? "2 instances on sqld" : "1 instance on embedded SQLite");

/**
 * Prints the results and writes them (Markdown, JSON, the servers' output); returns 1 when
 * something failed (the summary says what), else 0.
 */
export function reportRun({ startedAt, options, host, bases, sourceDb, facts, load, ...phases }) {
  const { reads, js, writes, log, lighthouse } = phases;
  const mode = modeOf(options);
  const title = `npm run bench: ${mode}, ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const setup = { host, mode, bases, cluster: options.cluster, sourceDb, facts, load };
  const summary = summarySection({ reads, js, writes, lighthouse });
  const sections = [
    setupSection(setup),
    readSection(reads, mode),
    jsSection(js),
    writeSection(writes),
    serverSection(log),
    lighthouseSection(lighthouse),
    summary.section,
  ];
  console.log(renderText(title, sections));
  const suffix = options.cluster ? "-cluster" : "";
  const file = writeResults({
    folder: RESULTS_DIR,
    stamp: startedAt.toISOString().slice(0, 19).replaceAll(":", "-"),
    suffix,
    markdown: renderMarkdown(title, sections),
    serverLog,
    data: {
      title,
      startedAt,
      mode,
      machine: host,
      load,
      settings: { CONNECTIONS, SECONDS, SCALE, WRITE_CONCURRENCY },
      facts,
      reads,
      js,
      writes,
      serverLog: log,
      lighthouse,
      missed: summary.missed,
      failures: summary.failures,
    },
  });
  console.log(`\nWritten to ${file} (with .json and .server.log, and as latest${suffix}.*).`);
  return summary.failures.length > 0 ? 1 : 0;
}
