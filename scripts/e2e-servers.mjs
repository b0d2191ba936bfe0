// Starts what the browser tests run against, from one fresh production build in .next-e2e:
// two instances on replicas of a libSQL server with nginx (deploy/nginx.conf) in front of them, then
// the site on the embedded SQLite file data/e2e.db. The site's port answers last, once everything
// is up, so it is what playwright.config.ts waits for. The ports are those of e2e/ports.mjs (3100,
// 3101, 3102, nginx on 3103 and sqld on 3190 by default).
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { NEXT_CLI, SITE_SERVER } from "./build-if-needed.mjs";
import { startCluster } from "./cluster.mjs";
import { E2E_PORTS } from "../e2e/ports.mjs";

// Mail from every instance goes to one outbox the tests read (lib/mail/send.ts), emptied first.
const OUTBOX_DIR = "data/e2e-outbox";
rmSync(OUTBOX_DIR, { recursive: true, force: true });

const env = {
  ...process.env,
  MAIL_OUTBOX_DIR: OUTBOX_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-e2e",
  DATABASE_URL: "file:data/e2e.db",
  // `npm test` has just type-checked everything with tsc.
  NEXT_BUILD_SKIP_TYPECHECK: "1",
};

function step(label, args) {
  console.log(`› ${label}`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/e2e.db${suffix}`, { force: true });
// The site and the cluster run on a clock the tests can move forward (db/clock.mjs); it starts true.
const CLOCK_FILE = "data/e2e-clock.json";
rmSync(CLOCK_FILE, { force: true });
// The site's log, also written to a file (lib/logger.mjs) that e2e/logs.spec.ts reads.
const LOG_FILE = "data/e2e-site.log";
rmSync(LOG_FILE, { force: true });
step("Preparing data/e2e.db", ["node_modules/tsx/dist/cli.mjs", "db/prepare.ts"]);
step("Building the site into .next-e2e", [NEXT_CLI, "build"]);

let cluster;
try {
  cluster = await startCluster({
    ports: E2E_PORTS.cluster,
    proxyPort: E2E_PORTS.proxy,
    sqldPort: E2E_PORTS.sqld,
    dbPath: "data/e2e-sqld",
    distDir: ".next-e2e",
    fresh: true,
    quiet: true,
    // Behind a load balancer on this machine, whose forwarded headers the instances believe.
    env: {
      NEXT_BUILD_SKIP_TYPECHECK: "1",
      MAIL_OUTBOX_DIR: OUTBOX_DIR,
      TRUSTED_PROXIES: "loopback",
      APP_CLOCK_FILE: CLOCK_FILE,
    },
  });
} catch (error) {
  console.error(`✗ The two-instance cluster did not start: ${error.message}`);
  process.exit(1);
}
console.log(
  `Two instances on replicas of sqld: ${cluster.urls.join(", ")}, behind nginx: ${cluster.proxyUrl}`,
);

const sitePort = String(E2E_PORTS.site);
// The site as `npm start` serves it by default: no proxy trusted, callers known by their sockets.
const site = spawn(process.execPath, [SITE_SERVER], {
  stdio: "inherit",
  env: {
    ...env,
    PORT: sitePort,
    HOSTNAME: "127.0.0.1",
    TRUSTED_PROXIES: "",
    SITE_URL: `http://127.0.0.1:${sitePort}`,
    APP_CLOCK_FILE: CLOCK_FILE,
    LOG_FILE,
  },
});

async function stopAll(code) {
  site.kill("SIGTERM");
  await cluster.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(0));
site.on("exit", (code) => stopAll(code ?? 1));
cluster.crashed.then((error) => {
  console.error(`✗ ${error.message}`);
  stopAll(1);
});
