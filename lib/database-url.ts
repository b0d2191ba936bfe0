/** The embedded SQLite file the site runs on unless DATABASE_URL names another database. */
export const DEFAULT_DATABASE_URL = "file:data/exploring-soundtracks.db";

/**
 * Seconds between two syncs of an embedded replica (DATABASE_SYNC_URL) with its primary: what
 * another instance's write may take to reach a page that is not cached (see the README's
 * Deploying section).
 */
export const DEFAULT_SYNC_INTERVAL = 0.5;
export const MIN_SYNC_INTERVAL = 0.05;
export const MAX_SYNC_INTERVAL = 3600;
