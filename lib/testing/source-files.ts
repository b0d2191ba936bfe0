import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** The project's own folder, which the tests of its layout read. */
export const root = resolve(import.meta.dirname, "../..");

/** The files under `dir` whose names match `names`, leaving out the folders in `skip`. */
export function sourceFiles(dir: string, names: RegExp, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(path) ? [] : sourceFiles(path, names, skip);
    return names.test(entry.name) ? [path] : [];
  });
}
