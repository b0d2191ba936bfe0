import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { env } from "./env";

let buildId: string | undefined;

/** The id Next gave the build this instance serves ("development" under `npm run dev`). */
export function getBuildId(): string {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(join(process.cwd(), env.NEXT_DIST_DIR, "BUILD_ID"), "utf8").trim();
    } catch {
      buildId = "unknown";
    }
  }
  return buildId;
}
