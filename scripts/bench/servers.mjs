// Every process the benchmark starts: one site server on a database file, or two instances on
// sqld (scripts/cluster.mjs), and the node:http servers of the raw-bytes baseline. Each runs in a
// process group of its own and is stopped by stopAll(), on success, failure and Ctrl-C alike.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NEXT_CLI, needsBuild, SITE_SERVER } from "../build-if-needed.mjs";
import { startCluster } from "../cluster.mjs";
import { assertPortFree, forEachLine, killGroup, stopChild, waitForHttp } from "../sqld.mjs";
import { DIST_DIR, PORTS, PROFILE_FILE, RUN_DB, SQLD_DIR } from "./config.mjs";
import { copyDatabase } from "./data.mjs";
import { BenchError, note, progress, seconds } from "./status.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const HOST = "127.0.0.1";
export const TSX = "node_modules/tsx/dist/cli.mjs";

const children = new Set();
const stoppers = [];
process.on("exit", () => children.forEach((child) => killGroup(child, "SIGKILL")));

/** Stops everything started here, last started first; safe to call more than once. */
export async function stopAll() {
  const running = [...children];
  children.clear();
  await Promise.all(running.map((child) => stopChild(child)));
  while (stoppers.length > 0) await stoppers.pop()();
}

/** Runs `stop` in stopAll(), before what was started earlier is stopped. */
export const onStopAll = (stop) => stoppers.push(stop);

/** What the servers printed, for SQLITE_BUSY and 5xx lines: { source, line }. */
export const serverLog = [];
const MAX_LOG_LINES = 20_000;
export function logLine(source, line) {
  if (serverLog.length < MAX_LOG_LINES) serverLog.push({ source, line });
}

/**
 * A node process of the benchmark's in a group of its own, its lines to `onLine`, stopped by
 * stopAll; `stdin: "pipe"` to write to it.
 */
export function spawnNode(args, env, onLine, { stdin = "ignore" } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env,
    detached: true,
    stdio: [stdin, "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  forEachLine(child, onLine);
  return child;
}

/** Runs a node script to its end; fails with its last lines of output. */
function runStep(label, args, env) {
  const started = Date.now();
  const tail = [];
  return new Promise((done, fail) => {
    const child = spawnNode(args, env, (line) => {
      tail.push(line);
      if (tail.length > 25) tail.shift();
      progress(`${label} (${seconds(Date.now() - started)}): ${line.trim()}`);
    });
    child.once("close", (code, signal) => {
      if (code === 0) {
        note(`✓ ${label} in ${seconds(Date.now() - started)}`);
        done();
      } else fail(new BenchError(`${label} failed (exit ${code ?? signal})`, tail));
    });
  });
}

/** The shared helpers' failures, as the benchmark reports them: a line, no stack trace. */
async function benchStep(promise) {
  try {
    return await promise;
  } catch (error) {
    throw new BenchError(error.message);
  }
}

export const portFree = (port) => benchStep(assertPortFree(port, HOST));

/** copyDatabase, then a line saying where the copy went ("to …") and how long it took. */
async function copyTimed(from, to, where) {
  const started = Date.now();
  await copyDatabase(from, to);
  note(`✓ Copied ${from} ${where} in ${seconds(Date.now() - started)}`);
}

/**
 * One site server (server/start.mjs) on 127.0.0.1:`port` serving the database file `dbFile`: migrates it (the
 * prepare step seeds only an empty database), builds into `distDir` when the sources are newer,
 * then starts. Resolves with the server's base URL and its database URL.
 */
async function startSingle({ port, dbFile, distDir, profileFile }) {
  await portFree(port);
  const base = `http://${HOST}:${port}`;
  const databaseUrl = `file:${dbFile}`;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    SITE_URL: base,
    PORT: String(port),
    HOSTNAME: HOST,
  };
  delete env.DATABASE_AUTH_TOKEN;
  await runStep("Migrating the run's database", [TSX, "db/prepare.ts"], env);
  if (needsBuild(distDir)) {
    await runStep(`Building into ${distDir}`, [NEXT_CLI, "build"], env);
  } else note(`✓ ${distDir} is newer than the sources: no build needed`);
  const source = `next:${port}`;
  if (profileFile) mkdirSync(dirname(profileFile), { recursive: true });
  const profiling = profileFile ? ["--import", join(root, "scripts/bench/cpu-profiler.mjs")] : [];
  const child = spawnNode(
    [...profiling, SITE_SERVER],
    { ...env, ...(profileFile && { BENCH_PROFILE_FILE: profileFile }) },
    (line) => logLine(source, line),
  );
  child.once("exit", (code, signal) => {
    if (children.size > 0) note(`✗ ${source} exited (${code ?? signal}) during the run`);
  });
  await benchStep(waitForHttp(base, { child }));
  const profiler = profileFile && { pid: child.pid, file: profileFile };
  return { bases: [base], databaseUrl, profiler };
}

/**
 * sqld on `sqldPort` holding a copy of `sourceDb`, and one site server per port on it (through
 * startCluster). sqld takes an existing SQLite file as `<dbPath>/dbs/default/data`: with no
 * replication log beside it, it rebuilds the log from the file at start ("recovering from
 * database file"), then compacts that log into a snapshot in the background; the measurements
 * wait for that snapshot so it does not share the CPU with them.
 */
async function startOnSqld({ ports, sqldPort, dbPath, sourceDb, distDir, signal }) {
  for (const port of [...ports, sqldPort]) await portFree(port);
  rmSync(resolve(root, dbPath), { recursive: true, force: true });
  const dataFile = join(root, dbPath, "dbs", "default", "data");
  mkdirSync(dirname(dataFile), { recursive: true });
  await copyTimed(sourceDb, dataFile, `into ${dbPath} for sqld`);

  // startCluster prints its children's lines as "[name] line" with console.log: catch them here.
  let compacting = false;
  let compacted;
  const snapshot = new Promise((done) => (compacted = done));
  const buildTail = [];
  const print = console.log;
  console.log = (...args) => {
    const text = args.join(" ");
    const match = /^\[(app:\d+|sqld|watchdog|prepare|build)\] (.*)$/s.exec(text);
    if (!match) return note(text);
    const [, source, line] = match;
    if (source === "prepare" || source === "build") {
      buildTail.push(line);
      if (buildTail.length > 25) buildTail.shift();
      return progress(`${source}: ${line.trim()}`);
    }
    logLine(source, line);
    if (source === "watchdog") note(`! ${line}`);
    if (source === "sqld" && line.includes("performing log compaction")) compacting = true;
    if (source === "sqld" && /snapshot .* successfully created/.test(line)) compacted();
    if (source === "sqld" && /recovering from database file/.test(line)) {
      progress("sqld: rebuilding its replication log from the copied file…");
    }
  };
  stoppers.push(async () => {
    console.log = print;
  });

  const started = Date.now();
  let cluster;
  try {
    cluster = await startCluster({
      ports,
      host: HOST,
      sqldPort,
      dbPath,
      distDir,
      env: { SITE_URL: `http://${HOST}:${ports[0]}` },
      quiet: false,
      signal,
    });
  } catch (error) {
    throw new BenchError(error.message, buildTail);
  }
  stoppers.push(() => cluster.stop()); // stopAll pops it first, then restores console.log
  cluster.crashed.then((error) => note(`✗ ${error.message}`));
  note(`✓ sqld and ${ports.length} instances up in ${seconds(Date.now() - started)}`);
  if (compacting) {
    progress("Waiting for sqld to finish compacting its log into a snapshot…");
    const waited = Date.now();
    const timeout = new Promise((done) => setTimeout(() => done("timeout"), 180_000).unref());
    const result = await Promise.race([snapshot, timeout]);
    note(
      result === "timeout"
        ? "! sqld was still compacting its log after 3 minutes; measuring anyway"
        : `✓ sqld compacted its log (waited ${seconds(Date.now() - waited)})`,
    );
  }
  return { bases: cluster.urls, databaseUrl: cluster.databaseUrl };
}

/** node:http servers answering every request with `file`'s bytes and `headers`. */
export async function startRawServers(ports, file, headers) {
  const bases = [];
  for (const port of ports) {
    await portFree(port);
    const args = ["scripts/bench/raw-server.mjs", String(port), file, JSON.stringify(headers)];
    const child = spawnNode(args, process.env, (line) => logLine(`raw:${port}`, line));
    const base = `http://${HOST}:${port}`;
    await benchStep(waitForHttp(base, { child }));
    bases.push(base);
  }
  return bases;
}

/**
 * The site as the options ask: two instances on sqld holding a copy of `sourceDb` (--cluster),
 * else one on a fresh copy of it in RUN_DB. Resolves with the base URLs and the database URL.
 */
export async function startSite({ cluster, signal, profile }, sourceDb) {
  if (cluster) {
    return startOnSqld({
      ports: PORTS.cluster,
      sqldPort: PORTS.sqld,
      dbPath: SQLD_DIR,
      sourceDb,
      distDir: DIST_DIR,
      signal,
    });
  }
  await copyTimed(sourceDb, RUN_DB, `to ${RUN_DB}`);
  return startSingle({
    port: PORTS.single,
    dbFile: RUN_DB,
    distDir: DIST_DIR,
    profileFile: profile ? resolve(root, PROFILE_FILE) : undefined,
  });
}
