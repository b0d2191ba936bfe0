/** Where the browser tests' servers run; scripts/e2e-servers.mjs starts them all from one build. */
export const E2E_DATABASE_URL = "file:data/e2e.db";
export const E2E_PORT = 3100;
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Two instances sharing one libSQL server, for the tests of several instances. */
export const CLUSTER_URLS = [`http://127.0.0.1:3101`, `http://127.0.0.1:3102`] as const;
export const CLUSTER_DATABASE_URL = "http://127.0.0.1:3190";

/** The site's clock (db/clock.mjs): a test moves the site into the future by writing an offset. */
export const E2E_CLOCK_FILE = "data/e2e-clock.json";

/** Where the sites write their mail, one JSON file a message (scripts/e2e-servers.mjs). */
export const E2E_OUTBOX_DIR = "data/e2e-outbox";
