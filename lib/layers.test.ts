import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { root, sourceFiles } from "@/lib/testing/source-files";

const lib = join(root, "lib");
// Helpers the tests share, which set up databases and call actions: not the domain.
const TEST_SUPPORT = join(lib, "testing");
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

/** The top-level folder a specifier points into, or null for a package. */
function folderOf(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2).split("/")[0]!;
  if (!specifier.startsWith(".")) return null;
  return relative(root, resolve(dirname(file), specifier)).split("/")[0]!;
}

describe("lib/, the pure domain", () => {
  it("imports nothing from db/ or app/", () => {
    const files = sourceFiles(lib, /\.(ts|tsx|mts|mjs)$/, [TEST_SUPPORT]);
    expect(files.length).toBeGreaterThan(20);
    const climbing = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(SPECIFIER)]
        .map((match) => match[1]!)
        .filter((specifier) => ["db", "app"].includes(folderOf(file, specifier) ?? ""))
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(climbing).toEqual([]);
  });
});
