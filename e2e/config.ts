/** The database the e2e server runs on; playwright.config.ts starts the server with it. */
export const E2E_DATABASE_URL = "file:data/e2e.db";
