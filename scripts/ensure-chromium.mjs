// Browser tests use Debian's chromium: install it when it is missing (needs root and apt).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function sh(command) {
  console.log(`› ${command}`);
  return spawnSync("sh", ["-c", command], { stdio: "inherit" }).status === 0;
}

if (!existsSync(path)) {
  console.log(`${path} is missing: installing Debian's chromium.`);
  const root = process.getuid?.() === 0;
  const sudo = root ? "" : "sudo ";
  const ok =
    sh(`${sudo}apt-get update -qq`) &&
    sh(`DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq chromium`);
  if (!ok || !existsSync(path)) {
    console.error(
      `Could not install chromium. Install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}
