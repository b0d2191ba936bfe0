// npm run db:backup [-- --dir <folder>]: a consistent, timestamped copy of the live database.
import { backupDatabase, databaseFile } from "../db/backup";
import { commandLine } from "../lib/command-line";
import { DEFAULT_DATABASE_URL } from "../lib/database-url";

const USAGE = "Usage: npm run db:backup [-- --dir <folder>]";
const { values } = commandLine(
  { options: { dir: { type: "string", default: "data/backups" } } },
  USAGE,
);

try {
  const source = databaseFile(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  console.log(`Backing up ${source} into ${values.dir}/ …`);
  const started = Date.now();
  const { file, bytes } = await backupDatabase(source, values.dir);
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`✓ Wrote ${file} (${size}, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  console.log(`  Restore it with: npm run db:restore -- ${file}`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
