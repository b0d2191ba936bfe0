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
} from "./sections.mjs";
import { writeSection } from "./write-sections.mjs";
import { newsletterPageSection, newsletterSendSection } from "./newsletter-sections.mjs";
import { compareSides, comparisonSection } from "./one-against-two.mjs";
import { serverLog } from "./servers.mjs";

/** What was served, in words. */
const modeOf = ({ cluster }) =>
  cluster ? "2 instances on embedded replicas of sqld" : "1 instance on embedded SQLite";

/** The sections of the phases that ran (the --…-only and --skip-… options leave some out). */
function phaseSections({ reads, js, writes, newsletter, log, lighthouse }, mode) {
  return [
    ...(reads ? [readSection(reads, mode)] : []),
    ...(js ? [jsSection(js)] : []),
    ...(writes ? [writeSection(writes)] : []),
    ...(newsletter ? [newsletterSendSection(newsletter), newsletterPageSection(newsletter)] : []),
    serverSection(log),
    ...(lighthouse ? [lighthouseSection(lighthouse)] : []),
  ];
}

/**
 * Prints the results and writes them (Markdown, JSON, the servers' output); returns 1 when
 * something failed (the summary says what), else 0.
 */
export function reportRun({
  startedAt,
  options,
  host,
  bases,
  sourceDb,
  facts,
  load,
  oneInstance,
  ...phases
}) {
  const mode = modeOf(options);
  const compared = oneInstance && phases.writes && compareSides(oneInstance, phases);
  const title = `npm run bench: ${mode}, ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const setup = { host, mode, bases, cluster: options.cluster, sourceDb, facts, load };
  const summary = summarySection({ ...phases, compared, oneInstance });
  const sections = [
    setupSection(setup),
    ...(compared ? [comparisonSection(compared, oneInstance.load)] : []),
    ...phaseSections(phases, mode),
    summary.section,
  ];
  console.log(renderText(title, sections));
  const only = options.newsletterOnly
    ? "-newsletter"
    : options.writesOnly
      ? "-writes"
      : options.rows
        ? "-rows"
        : "";
  const suffix = `${options.cluster ? "-cluster" : ""}${only}`;
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
      ...phases,
      oneInstance,
      compared,
      log: undefined,
      serverLog: phases.log,
      missed: summary.missed,
      failures: summary.failures,
    },
  });
  console.log(`\nWritten to ${file} (with .json and .server.log, and as latest${suffix}.*).`);
  return summary.failures.length > 0 ? 1 : 0;
}
