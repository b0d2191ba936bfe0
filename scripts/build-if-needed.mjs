// Decides whether the production build in a dist folder is older than the sources it came from,
// and names what builds and serves it. Shared by serve.mjs and cluster.mjs; paths are relative to
// the project root.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** What a build is made from: a change to any of these calls for a new build. */
export const BUILD_SOURCES = [
  "app",
  "auth",
  "cache",
  "components",
  "db",
  "lib",
  "public",
  "package.json",
  "next.config.ts",
  "postcss.config.mjs",
  "proxy.ts",
];

/** The Next.js command line, to run with `node` from the project root. */
export const NEXT_CLI = "node_modules/next/dist/bin/next";

/** The site's own server, which serves a build on HOSTNAME and PORT (see server/start.mjs). */
export const SITE_SERVER = "server/start.mjs";

/** The newest modification time (ms) of a file, or of anything inside a folder; 0 when missing. */
export function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when `force` is set, `distDir` has no BUILD_ID, or a source changed after that build. */
export function needsBuild(distDir = ".next", { force = false } = {}) {
  const buildId = resolve(root, distDir, "BUILD_ID");
  if (force || !existsSync(buildId)) return true;
  const newest = Math.max(...BUILD_SOURCES.map((source) => newestChange(resolve(root, source))));
  return newest > statSync(buildId).mtimeMs;
}
