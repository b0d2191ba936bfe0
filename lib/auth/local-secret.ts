import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const SECRET_FILE = "data/auth-secret";

/** Local use only: a secret generated on first use and kept beside the database, so sessions survive restarts. */
export function localAuthSecret(): string {
  if (existsSync(SECRET_FILE)) {
    const saved = readFileSync(SECRET_FILE, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync("data", { recursive: true });
  try {
    writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    // Another process wrote it first: everyone must share that one.
    return readFileSync(SECRET_FILE, "utf8").trim();
  }
}
