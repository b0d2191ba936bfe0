// Prepares the database, builds when the sources are newer than the last build, then serves it
// with the site's own server (server/start.mjs) on HOSTNAME and PORT.
// Flags: --fresh deletes a local database file first; --rebuild always builds.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { readServerConfig } from "../server/config.mjs";
import { NEXT_CLI, needsBuild, SITE_SERVER } from "./build-if-needed.mjs";

const args = new Set(process.argv.slice(2));
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const distDir = process.env.NEXT_DIST_DIR || ".next";

function run(label, command, commandArgs) {
  console.log(`\n› ${label}`);
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

// The server's settings are checked before the minutes of a build, not after.
try {
  readServerConfig(process.env);
} catch (error) {
  console.error(`✗ ${error.message}`);
  process.exit(1);
}

const databaseUrl = process.env.DATABASE_URL || "file:data/exploring-soundtracks.db";
if (args.has("--fresh") && databaseUrl.startsWith("file:")) {
  const file = databaseUrl.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  console.log(`Removed ${file} for a fresh start.`);
}

run("Preparing the database", process.execPath, ["node_modules/tsx/dist/cli.mjs", "db/prepare.ts"]);
if (needsBuild(distDir, { force: args.has("--rebuild") })) {
  run("Building the site (a minute or two)", process.execPath, [NEXT_CLI, "build"]);
}

const server = spawn(process.execPath, [SITE_SERVER], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
