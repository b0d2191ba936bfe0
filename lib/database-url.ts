/** The embedded SQLite file the site runs on unless DATABASE_URL names another database. */
export const DEFAULT_DATABASE_URL = "file:data/exploring-soundtracks.db";
