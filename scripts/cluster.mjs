// Serves the site as several machines would, on this one: nginx (deploy/nginx.conf) on PORT
// (default 3000) in front of two production instances on embedded replicas of one libSQL server
// (sqld). Ensures sqld and nginx, starts sqld on 127.0.0.1:SQLD_PORT (default 8080) with its files
// in data/sqld, migrates and seeds through it, builds when the sources are newer than the last
// build, then starts the site's server (server/start.mjs) on PORT+1 and PORT+2 on HOSTNAME
// (default 127.0.0.1), each reading its own replica, data/sqld-replicas/<port>.db, made afresh at
// each start (DATABASE_SYNC_INTERVAL, when set, says how often they sync), each trusting the
// proxy's X-Forwarded-For (TRUSTED_PROXIES=loopback unless set), and last nginx.
// Flags: --fresh wipes data/sqld first; --rebuild always builds. Ctrl-C stops everything.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NEXT_CLI, needsBuild, SITE_SERVER } from "./build-if-needed.mjs";
import { ensureSqld } from "./ensure-sqld.mjs";
import { startNginx } from "./nginx.mjs";
import { watchWriteLock } from "./sqld-watchdog.mjs";
import {
  assertPortFree,
  forEachLine,
  killGroup,
  startSqld,
  stopChild,
  waitForHttp,
} from "./sqld.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** A key kept in a file of its own: 32 random bytes written once (mode 0600), then reused. */
function localKey(file, encoding, isValid) {
  const path = resolve(root, file);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, `${randomBytes(32).toString(encoding)}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if (error.code !== "EEXIST") throw error; // else: written before, by us or by the app
  }
  const key = readFileSync(path, "utf8").trim();
  if (!isValid(key)) throw new Error(`${file} holds no valid key: delete it to get a new one`);
  return key;
}

/**
 * Starts sqld and one site server (server/start.mjs) per port, each on a replica of sqld of its
 * own (`${dbPath}-replicas/<port>.db`), all sharing AUTH_SECRET and
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY; with `proxyPort`, nginx (deploy/nginx.conf) on it in front
 * of them. Resolves once every instance (and nginx) answers. Preparing the
 * database and building talk to sqld itself. If a process dies
 * later, the others are stopped and `crashed` resolves with an Error naming it.
 * Aborting `signal` stops everything, during startup too.
 */
export async function startCluster({
  ports = [3001, 3002],
  proxyPort,
  host = "127.0.0.1",
  sqldPort = 8080,
  dbPath = "data/sqld",
  distDir = ".next",
  env = {},
  fresh = false,
  rebuild = false,
  quiet = false,
  signal,
} = {}) {
  const print = quiet ? () => {} : (line) => console.log(line);
  const children = new Map(); // running child process → the last lines of its output
  const replaced = new Set(); // children stopped to be started again: their exit is no crash
  let sqld;
  let watchdog;
  let stopping;
  let reportCrash;
  const crashed = new Promise((done) => (reportCrash = done));
  const killLeftovers = () => children.forEach((_, child) => killGroup(child)); // on an early exit
  process.on("exit", killLeftovers);

  function stop() {
    stopping ??= (async () => {
      watchdog?.stop();
      const apps = [...children].filter(([child]) => child !== sqld?.child);
      await Promise.all(apps.map(([child]) => stopChild(child)));
      await sqld?.stop();
      process.off("exit", killLeftovers);
    })();
    return stopping;
  }
  signal?.addEventListener("abort", stop);
  const interrupted = new Promise((done, fail) => {
    crashed.then(fail);
    signal?.addEventListener("abort", () => fail(new Error("Stopped")));
  });
  interrupted.catch(() => {}); // only ever awaited through guard()
  const guard = (promise) => Promise.race([promise, interrupted]);

  /** In quiet mode, errors end with the output nobody saw. */
  const quietTail = (tail) => (quiet && tail.length ? `:\n${tail.join("\n")}` : "");

  /** Prefixes the child's output with [name]; a lasting child that exits stops the rest. */
  function track(name, child, { lasting = true, output = true } = {}) {
    const tail = [];
    children.set(child, tail);
    if (output) {
      forEachLine(child, (line) => {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        print(`[${name}] ${line}`);
      });
    }
    child.once("exit", (code, exitSignal) => {
      children.delete(child);
      if (!lasting || stopping || replaced.delete(child)) return;
      const error = new Error(`${name} exited (${code ?? exitSignal})${quietTail(tail)}`);
      stop().then(() => reportCrash(error));
    });
    return child;
  }

  function node(name, args, childEnv, options) {
    if (stopping) throw new Error("Stopped");
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: childEnv,
      detached: true, // its own process group: Ctrl-C reaches us, and we stop it in order
      stdio: ["ignore", "pipe", "pipe"],
    });
    return track(name, child, options);
  }

  /** Runs a step to its end ("close": after its last line of output). */
  function run(name, label, args, childEnv) {
    print(`› ${label}`);
    return new Promise((done, fail) => {
      const child = node(name, args, childEnv, { lasting: false });
      const tail = children.get(child);
      child.once("close", (code, exitSignal) => {
        if (code === 0) done();
        else fail(new Error(`${label} failed (exit ${code ?? exitSignal})${quietTail(tail)}`));
      });
    });
  }

  try {
    const binary = await ensureSqld({ log: print });
    if (fresh) {
      rmSync(resolve(root, dbPath), { recursive: true, force: true });
      print(`Removed ${dbPath} for a fresh start.`);
    }
    const log = (line) => print(`[sqld] ${line}`);
    const startPrimary = async () => {
      sqld = await startSqld({ port: sqldPort, dbPath: resolve(root, dbPath), binary, log });
      track("sqld", sqld.child, { output: false });
    };
    signal?.throwIfAborted();
    await startPrimary();
    signal?.throwIfAborted();
    watchdog = watchWriteLock({
      url: sqld.url,
      log: (line) => print(`[watchdog] ${line}`),
      restart: async () => {
        replaced.add(sqld.child);
        await sqld.stop();
        if (stopping) return;
        await startPrimary().catch((error) => {
          stop().then(() => reportCrash(new Error(`sqld did not start again: ${error.message}`)));
          throw error;
        });
      },
    });

    const base = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...env };
    const childEnv = {
      ...base,
      DATABASE_URL: sqld.url,
      NEXT_DIST_DIR: distDir,
      AUTH_SECRET:
        base.AUTH_SECRET || localKey("data/auth-secret", "base64url", (key) => key.length >= 32),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
        base.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ||
        localKey(
          "data/server-actions-key",
          "base64",
          (key) => Buffer.from(key, "base64").length === 32,
        ),
    };
    delete childEnv.DATABASE_AUTH_TOKEN;
    delete childEnv.DATABASE_SYNC_URL;

    const tsx = "node_modules/tsx/dist/cli.mjs";
    await guard(run("prepare", "Preparing the database", [tsx, "db/prepare.ts"], childEnv));
    if (needsBuild(distDir, { force: rebuild })) {
      const label = `Building the site into ${distDir} (a minute or two)`;
      await guard(run("build", label, [NEXT_CLI, "build"], childEnv));
    }

    const listening = proxyPort === undefined ? ports : [...ports, proxyPort];
    await guard(Promise.all(listening.map((port) => assertPortFree(port, host))));
    const urlHost = ["0.0.0.0", "::"].includes(host) ? "127.0.0.1" : host;
    // A replica is a copy: made afresh, it cannot have followed another primary before this one.
    const replicas = resolve(root, `${dbPath}-replicas`);
    rmSync(replicas, { recursive: true, force: true });
    const urls = ports.map((port) => {
      node(`app:${port}`, [SITE_SERVER], {
        ...childEnv,
        DATABASE_URL: `file:${join(replicas, `${port}.db`)}`,
        DATABASE_SYNC_URL: sqld.url,
        PORT: String(port),
        HOSTNAME: host,
      });
      return `http://${urlHost}:${port}`;
    });
    await guard(Promise.all(urls.map((url) => waitForHttp(url))));
    if (proxyPort === undefined) return { urls, databaseUrl: sqld.url, stop, crashed };

    signal?.throwIfAborted();
    const upstreams = ports.map((port) => `${urlHost}:${port}`);
    const nginxLog = (line) => print(`[nginx] ${line}`);
    const proxy = await guard(
      startNginx({
        host,
        port: proxyPort,
        upstreams,
        log: nginxLog,
        onSpawn: (child) => track("nginx", child, { output: false }),
      }),
    );
    return { urls, proxyUrl: proxy.url, databaseUrl: sqld.url, stop, crashed };
  } catch (error) {
    await stop();
    await sqld?.stop(); // in case it was still starting when stop() ran
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const port = Number(process.env.PORT || 3000);
  const controller = new AbortController();
  const aborted = new Promise((done) => controller.signal.addEventListener("abort", done));
  for (const name of ["SIGINT", "SIGTERM"]) {
    process.on(name, () => {
      console.log(`\n${name}: stopping the cluster…`);
      controller.abort();
    });
  }
  try {
    const cluster = await startCluster({
      ports: [port + 1, port + 2],
      proxyPort: port,
      // The instances believe what nginx, on this machine, says of the caller.
      env: { TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || "loopback" },
      host: process.env.HOSTNAME || "127.0.0.1",
      sqldPort: Number(process.env.SQLD_PORT || 8080),
      distDir: process.env.NEXT_DIST_DIR || ".next",
      fresh: args.has("--fresh"),
      rebuild: args.has("--rebuild"),
      signal: controller.signal,
    });
    console.log(`\n✓ ${cluster.proxyUrl}: nginx (deploy/nginx.conf) in front of two instances`);
    console.log(`  on replicas of ${cluster.databaseUrl}: ${cluster.urls.join(", ")}`);
    const crash = await Promise.race([cluster.crashed, aborted.then(() => undefined)]);
    await cluster.stop();
    if (crash) {
      console.error(`✗ ${crash.message}; stopped the others.`);
      process.exit(1);
    }
    process.exit(0);
  } catch (error) {
    if (!controller.signal.aborted) console.error(`✗ ${error.message}`);
    process.exit(controller.signal.aborted ? 130 : 1);
  }
}
