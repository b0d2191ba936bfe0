// Lighthouse (its command line, one run at a time) on Debian's Chromium: the four category scores
// of a page, desktop or mobile, and the audits that cost points.
import { spawn } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { assertPortFree } from "../sqld.mjs";
import { root } from "./servers.mjs";

export const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const CLI = "node_modules/lighthouse/cli/index.js";

/** The installed lighthouse's version, or undefined. */
export function lighthouseVersion() {
  try {
    return JSON.parse(readFileSync(`${root}/node_modules/lighthouse/package.json`, "utf8")).version;
  } catch {
    return undefined;
  }
}

/** Why Lighthouse cannot run here, in one line; undefined when it can. */
export async function lighthouseUnavailable(debugPort) {
  try {
    accessSync(CHROME_PATH, constants.X_OK);
  } catch {
    return `no Chromium at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH)`;
  }
  try {
    accessSync(`${root}/${CLI}`);
  } catch {
    return "the lighthouse package is not installed (npm install)";
  }
  try {
    await assertPortFree(debugPort);
  } catch (error) {
    return `Chromium's debugging port: ${error.message}`;
  }
  return undefined;
}

/** The audits of a category that lost points, worst first: "largest-contentful-paint (2.1 s)". */
function lostPoints(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(({ audit }) => typeof audit?.score === "number" && audit.score < 1)
    .sort((a, b) => b.ref.weight * (1 - b.audit.score) - a.ref.weight * (1 - a.audit.score))
    .map(({ audit }) => (audit.displayValue ? `${audit.id} (${audit.displayValue})` : audit.id));
}

/**
 * One Lighthouse run of `url` ("desktop" or "mobile"), Chromium's debugging port on `debugPort`.
 * Resolves with the scores out of 100 per category and the audits that lost points, or `error`.
 */
export function runLighthouse({ url, formFactor, debugPort, timeoutMs = 240_000 }) {
  const args = [CLI, url, "--output=json", "--output-path=stdout", "--quiet"];
  args.push(`--only-categories=${CATEGORIES.join(",")}`, `--port=${debugPort}`);
  args.push(`--chrome-flags=${CHROME_FLAGS.join(" ")}`);
  if (formFactor === "desktop") args.push("--preset=desktop");
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, CHROME_PATH },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out = [];
    let err = "";
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => (err = (err + chunk).slice(-2000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      let report;
      try {
        report = JSON.parse(Buffer.concat(out).toString("utf8"));
      } catch {
        const why = err.trim().split("\n").at(-1) || `exit ${code ?? signal}`;
        return done({
          error: signal === "SIGKILL" ? `timed out after ${timeoutMs / 1000} s` : why,
        });
      }
      if (report.runtimeError?.code) {
        return done({ error: `${report.runtimeError.code}: ${report.runtimeError.message}` });
      }
      const scores = {};
      const lost = {};
      for (const category of CATEGORIES) {
        const score = report.categories[category]?.score;
        scores[category] = typeof score === "number" ? Math.round(score * 100) : null;
        lost[category] = lostPoints(report, category);
      }
      done({ scores, lost, warnings: report.runWarnings ?? [] });
    });
  });
}
