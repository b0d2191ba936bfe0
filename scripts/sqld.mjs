// Starts a libSQL server (sqld) that listens for HTTP on 127.0.0.1 only, and waits until it answers.
// Run directly, it serves data/sqld on SQLD_PORT (default 8080) until Ctrl-C.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { ensureSqld } from "./ensure-sqld.mjs";

const HOST = "127.0.0.1";

/** Calls `onLine` with every line the child writes to stdout or stderr. */
export function forEachLine(child, onLine) {
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on("line", onLine);
  }
}

/** Rejects with a clear message when something already listens on host:port. */
export function assertPortFree(port, host = HOST) {
  return new Promise((done, fail) => {
    const probe = createServer()
      .once("error", (error) => {
        const taken = error.code === "EADDRINUSE";
        fail(new Error(taken ? `Port ${host}:${port} is already in use` : error.message));
      })
      .listen(port, host, () => probe.close(() => done()));
  });
}

/** Signals the process group of a child spawned with `detached: true` (else just the child). */
export function killGroup(child, signal = "SIGTERM") {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** SIGTERM to the child's process group, then SIGKILL if it has not exited after `graceMs`. */
export function stopChild(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      done();
    });
    killGroup(child);
  });
}

/**
 * Resolves once `url` answers below 500; fails if `child` (when given) exits first, or after
 * `timeoutMs`.
 */
export async function waitForHttp(url, { child, timeoutMs = 120_000 } = {}) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${url} exited (${child.exitCode ?? child.signalCode}) while starting`);
    }
    try {
      const response = await fetch(url, { redirect: "manual" });
      // Read whole: an answer left unread holds its connection busy on the server (its rest
      // unsent), and a server told to stop then waits its full drain time for it.
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {}
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * How often sqld checkpoints its WAL (seconds). Given an interval, sqld checkpoints on a timer of
 * its own and never after a commit; by default each connection checkpoints after a commit that
 * leaves 1,000 frames in the WAL, and two of those at once can wedge sqld's write lock for good
 * (README, "One instance against two"). A script writing as fast as sqld answers, two replicas
 * syncing, wedged it in each of four runs by default, and in none of three runs of 40,000 writes
 * with 5 s; its writes then never waited more than 275 ms, compactions of the log included.
 */
export const CHECKPOINT_INTERVAL_S = 5;

/**
 * Spawns sqld on 127.0.0.1:`port` with its files in `dbPath`, and resolves once `SELECT 1` answers.
 * Only the HTTP API listens (no gRPC, admin API, legacy WebSocket server, console or heartbeat).
 * `log` receives each line of its output.
 */
export async function startSqld({
  port = 8080,
  dbPath = "data/sqld",
  binary,
  log = (line) => console.log(`[sqld] ${line}`),
  timeoutMs = 30_000,
} = {}) {
  const sqld = binary ?? (await ensureSqld());
  await assertPortFree(port);
  // Variables such as SQLD_GRPC_LISTEN_ADDR or SQLD_HEARTBEAT_URL would switch servers on.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SQLD|LIBSQL)_/.test(name)),
  );
  // The instances' WebSocket clients open a new connection to sqld each minute and close the old
  // one: sqld says so in three lines, one a warning, for each. Its errors still show.
  env.RUST_LOG ??= "info,libsql_server::hrana::ws=error";
  const args = ["--db-path", resolve(dbPath), "--http-listen-addr", `${HOST}:${port}`];
  args.push("--no-welcome", "--disable-metrics");
  args.push("--checkpoint-interval-s", String(CHECKPOINT_INTERVAL_S));
  const child = spawn(sqld, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const lastLines = [];
  forEachLine(child, (line) => {
    lastLines.push(line);
    if (lastLines.length > 20) lastLines.shift();
    log(line);
  });
  const url = `http://${HOST}:${port}`;
  const stop = () => stopChild(child);

  const exited = new Promise((done) => child.once("exit", done));
  const started = Date.now();
  const client = createClient({ url });
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        const reason = lastLines.find((line) => line.startsWith("Error")) ?? lastLines.at(-1);
        throw new Error(
          `sqld exited (${child.exitCode ?? child.signalCode}) before answering${reason ? `: ${reason}` : ""}`,
        );
      }
      try {
        await client.execute("SELECT 1");
        return { url, child, stop };
      } catch {
        if (Date.now() - started > timeoutMs) throw new Error(`sqld did not answer on ${url}`);
        await Promise.race([exited, new Promise((done) => setTimeout(done, 100))]);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const sqld = await startSqld({ port: Number(process.env.SQLD_PORT || 8080) });
    console.log(`sqld is serving data/sqld at ${sqld.url} (Ctrl-C stops it)`);
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => sqld.stop());
    sqld.child.on("exit", (code) => process.exit(code ?? 0));
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
