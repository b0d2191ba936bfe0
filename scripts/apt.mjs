// Debian packages the project runs (chromium for the browser tests, nginx for the cluster),
// installed with apt-get when missing: as root, or through sudo.
import { spawnSync } from "node:child_process";

export const asRoot = process.getuid?.() === 0;
const sudo = asRoot ? "" : "sudo ";

/** Runs `command` in a shell, as root (sudo when not already), saying it first. */
export function shAsRoot(command, log = console.log) {
  log(`› ${sudo}${command}`);
  return (
    spawnSync("sh", ["-c", `${sudo}${command}`], {
      stdio: ["ignore", "inherit", "inherit"],
    }).status === 0
  );
}

/**
 * Updates apt's lists, then installs the first of `packages` that installs (each an alternative
 * to the one before); true when one did.
 */
export function aptInstall(packages, { log = console.log, recommends = true } = {}) {
  const apt = `env DEBIAN_FRONTEND=noninteractive apt-get`;
  const extra = recommends ? "" : " --no-install-recommends";
  return (
    shAsRoot(`${apt} update -qq`, log) &&
    packages.some((name) => shAsRoot(`${apt} install -y -qq${extra} ${name}`, log))
  );
}
