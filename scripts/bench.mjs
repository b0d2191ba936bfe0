// Serves a production build on a fresh seeded database of its own, then measures the pages readers
// use most with autocannon on loopback: requests per second and latency. Prints a table and stops.
import { spawn } from "node:child_process";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const READER = { email: "reader@exploring-soundtracks.test", password: "demo-reader-password" };

const server = spawn(process.execPath, ["scripts/serve.mjs", "--fresh", "--rebuild"], {
  env: {
    ...process.env,
    DATABASE_URL: "file:data/bench.db",
    NEXT_DIST_DIR: ".next-bench",
    PORT: String(PORT),
    HOSTNAME: "127.0.0.1",
    SITE_URL: BASE,
  },
  stdio: ["ignore", "ignore", "inherit"],
});

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("The server did not start within 5 minutes");
}

/** Signs the demo reader in through Auth.js's own endpoints and returns the cookie header. */
async function signInCookie() {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrf.json();
  const login = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, ...READER }),
  });
  const cookies = [...jar, ...login.headers.getSetCookie().map((c) => c.split(";")[0])];
  if (!cookies.some((c) => c.includes("session-token")))
    throw new Error("Signing in for the benchmark failed");
  return cookies.join("; ");
}

function measure(title, path, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: BASE + path, connections: CONNECTIONS, duration: SECONDS, headers },
      (error, result) => {
        if (error) return reject(error);
        const failures = result.non2xx + result.errors + result.timeouts;
        resolve({
          page: title,
          "req/s": Math.round(result.requests.average),
          "p50 ms": result.latency.p50,
          "p99 ms": result.latency.p99,
          failures,
        });
      },
    );
  });
}

try {
  console.log("Building and starting the server on a fresh bench database…");
  await waitForServer();
  const cookie = await signInCookie();
  const rows = [];
  for (const [title, path, headers] of [
    ["home (static)", "/"],
    ["archive (static)", "/reviews"],
    ["review, signed out", "/reviews/mission-impossible-fallout"],
    ["review, signed in", "/reviews/mission-impossible-fallout", { cookie }],
    ["profile", "/u/demo_reader"],
  ]) {
    await measure(title, path, headers); // warm-up: the first round regenerates and fills caches
    rows.push(await measure(title, path, headers));
  }
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s a page, on ${BASE}`);
  console.table(rows);
  process.exitCode = rows.some((r) => r.failures > 0) ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  server.kill("SIGTERM");
}
