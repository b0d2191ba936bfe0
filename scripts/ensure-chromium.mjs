// Browser tests use Debian's chromium: install it when it is missing (needs root and apt).
import { existsSync } from "node:fs";
import { aptInstall } from "./apt.mjs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (!existsSync(path)) {
  console.log(`${path} is missing: installing Debian's chromium.`);
  if (!aptInstall(["chromium"]) || !existsSync(path)) {
    console.error(
      `Could not install chromium. Install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}
