// npm run db:restore -- <backup.db>: checks a backup, then puts it in place of the database.
import { BackupError, databaseFile, restoreDatabase } from "../db/backup";
import { commandLine } from "../lib/command-line";
import { DEFAULT_DATABASE_URL } from "../lib/database-url";

const USAGE = "Usage: npm run db:restore -- <backup.db>";

const { positionals } = commandLine({ allowPositionals: true }, USAGE);
try {
  const [backup] = positionals;
  if (!backup) throw new BackupError(`Give the backup file to restore.\n${USAGE}`);
  if (positionals.length > 1) throw new BackupError(`Give one backup file to restore.\n${USAGE}`);
  const target = databaseFile(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  console.log(`Checking ${backup} (SQLite integrity check) …`);
  const { keptAs, unchecked } = await restoreDatabase(backup, target);
  if (unchecked)
    console.warn("  (This system cannot tell whether a server has it open: stop the site first.)");
  if (keptAs) console.log(`  The database it replaces is kept as ${keptAs}.`);
  console.log(`✓ Restored ${backup} to ${target}. Start the site again (npm start).`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
