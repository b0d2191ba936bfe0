// The reverse proxy in front of the cluster is Debian's nginx: installed with apt-get when missing
// (needs root or sudo), like chromium for the tests. We run it ourselves (scripts/nginx.mjs), so
// the system service the package starts is stopped and disabled: nothing is left on port 80.
// NGINX_PATH names another binary. Run directly, this prints the path.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { aptInstall, asRoot, shAsRoot } from "./apt.mjs";

const path = process.env.NGINX_PATH || "/usr/sbin/nginx";
// Debian's way of telling a package's scripts not to start its service (invoke-rc.d reads it).
const POLICY_RC = "/usr/sbin/policy-rc.d";

function install(log) {
  // Without systemd (a container) the package would start nginx on port 80 through invoke-rc.d.
  const holdServices = !existsSync(POLICY_RC) && asRoot;
  if (holdServices) writeFileSync(POLICY_RC, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    return aptInstall(["nginx-light", "nginx"], { log, recommends: false });
  } finally {
    if (holdServices) rmSync(POLICY_RC, { force: true });
    // With systemd the service was started anyway: stop it and keep it from starting at boot.
    const quiet = () => {};
    if (existsSync("/run/systemd/system"))
      shAsRoot("systemctl disable --now nginx >/dev/null 2>&1", quiet);
    else shAsRoot("service nginx stop >/dev/null 2>&1", quiet);
  }
}

function version() {
  const run = spawnSync(path, ["-v"], { encoding: "utf8" });
  return run.status === 0 ? `${run.stderr}${run.stdout}`.trim() : undefined;
}

/** The path of a working nginx binary; installs Debian's nginx first when it is missing. */
export function ensureNginx({ log = console.log } = {}) {
  if (!existsSync(path)) {
    log(`${path} is missing: installing Debian's nginx.`);
    install(log);
  }
  if (!existsSync(path) || !version()) {
    throw new Error(
      `Could not install nginx. Install it with "apt-get install -y nginx-light" (as root), or set NGINX_PATH to an nginx binary.`,
    );
  }
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const binary = ensureNginx({ log: console.error });
    console.log(`${binary} (${version()})`);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
