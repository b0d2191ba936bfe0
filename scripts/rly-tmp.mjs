import { spawn } from "node:child_process";
import { signIn } from "./bench/actions.mjs";
const base = "http://127.0.0.1:3250";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "file:data/bench-run.db", NEXT_DIST_DIR: ".next-bench", SITE_URL: base, PORT: "3250", HOSTNAME: "127.0.0.1", LOG_LEVEL: "debug" };
const child = spawn(process.execPath, ["server/start.mjs"], { env, stdio: ["ignore", "pipe", "inherit"] });
let out = ""; child.stdout.on("data", (d) => (out += d));
for (;;) { try { await fetch(base + "/api/health"); break; } catch { await new Promise((r) => setTimeout(r, 300)); } }
const cookie = await signIn({ base, email: "reader_000001@bench.test", password: "bench-reader-password" });
for (let i = 0; i < 6; i++) {
  const t = performance.now();
  const r = await fetch(base + "/api/readers-like-you", { headers: { cookie } });
  const body = await r.text();
  console.log(r.status, (performance.now() - t).toFixed(1), "ms", body.length, body.slice(0, 80));
}
child.kill("SIGTERM");
await new Promise((r) => child.once("exit", r));
console.log(out.split("\n").filter((l) => /cache|error|warn/i.test(l)).slice(0, 10).join("\n"));
