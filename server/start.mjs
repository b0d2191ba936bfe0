// The site's HTTP server: Next's request handler behind server/site-server.mjs, listening on
// HOSTNAME and PORT. `npm start` (scripts/serve.mjs), the cluster, the browser tests and the
// benchmark all run it, so every one of them serves requests the same way; `--dev` serves the
// development build instead (npm run dev).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describeTrust } from "../lib/trusted-proxies.mjs";
import { runCloseHooks, runShutdownHooks } from "../lib/shutdown.mjs";
import { readServerConfig } from "./config.mjs";
import { createSiteServer, drain, REQUEST_ID_HEADER } from "./site-server.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dev = process.argv.includes("--dev");
// What `next start` and `next dev` set before Next loads.
process.env.NODE_ENV = dev ? "development" : "production";
process.env.NEXT_RUNTIME = "nodejs";

let config;
try {
  config = readServerConfig(process.env);
} catch (error) {
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
const { port, hostname, trust } = config;

// Loaded once the settings are known good: the logger reads LOG_FORMAT and LOG_LEVEL as it loads.
const { log } = await import("../lib/logger.mjs");
const { default: next } = await import("next");
const app = next({ dev, dir: root, hostname, port });
const handle = app.getRequestHandler();
const server = createSiteServer({
  handle,
  trust,
  onError: (error, req) =>
    log.error("server.error", {
      requestId: req.headers[REQUEST_ID_HEADER],
      method: req.method,
      path: req.url,
      err: error,
    }),
});
await app.prepare();

server.once("error", (error) => {
  console.error(
    `✗ Cannot listen on ${hostname ?? "every interface"}, port ${port}: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, hostname, () => {
  const { address, port: bound } = server.address();
  const shown = address.includes(":") ? `[${address}]` : address;
  console.log(`✓ Serving on http://${shown}:${bound}; proxies trusted: ${describeTrust(trust)}`);
});

/**
 * Stops taking requests, lets those under way and the work registered with onShutdown (the
 * newsletter's chunk in hand) finish, 10 s at most, then exits.
 */
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await drain(server, runShutdownHooks());
  await app.close();
  await runCloseHooks();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, stop);
