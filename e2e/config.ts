import { E2E_PORTS } from "./ports.mjs";

/** Where the browser tests' servers run; scripts/e2e-servers.mjs starts them all from one build. */
export const E2E_DATABASE_URL = "file:data/e2e.db";
export const E2E_PORT = E2E_PORTS.site;
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Two instances sharing one libSQL server, for the tests of several instances. */
const [first, second] = E2E_PORTS.cluster;
export const CLUSTER_URLS = [`http://127.0.0.1:${first}`, `http://127.0.0.1:${second}`] as const;
/** nginx (deploy/nginx.conf) in front of those two instances. */
export const PROXY_URL = `http://127.0.0.1:${E2E_PORTS.proxy}`;
export const CLUSTER_DATABASE_URL = `http://127.0.0.1:${E2E_PORTS.sqld}`;

/** The site's clock (db/clock.mjs): a test moves the site into the future by writing an offset. */
export const E2E_CLOCK_FILE = "data/e2e-clock.json";

/** Where the sites write their mail, one JSON file a message (scripts/e2e-servers.mjs). */
export const E2E_OUTBOX_DIR = "data/e2e-outbox";

/** The site's log, every event a JSON line (LOG_FILE, scripts/e2e-servers.mjs). */
export const E2E_LOG_FILE = "data/e2e-site.log";
