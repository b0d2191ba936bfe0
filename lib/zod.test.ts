import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { root, sourceFiles } from "@/lib/testing/source-files";

/** Modules, not their tests. */
const MODULE = /^(?!.*\.test\.ts$).*\.tsx?$/;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? join(root, specifier.slice(2))
    : resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The modules a file brings along at run time: type-only imports bring nothing. */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gms)].map((m) => m[1]!);
}

/** Everything the browser loads with the client components (server actions stay references). */
function clientModules(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = ["app", "components"]
    .flatMap((dir) => sourceFiles(join(root, dir), MODULE))
    .filter((file) => /^["']use client["']/m.test(readFileSync(file, "utf8")));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specifiers = imports(file);
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      if (!/^(@\/|\.)/.test(specifier)) continue;
      const target = resolveImport(file, specifier);
      if (!target || /^["']use server["']/m.test(readFileSync(target, "utf8"))) continue;
      queue.push(target);
    }
  }
  return seen;
}

describe("zod in the browser", () => {
  it("comes only through lib/zod.ts, which turns off its eval probe before any schema exists", () => {
    const direct = [...clientModules()]
      .filter(([, specifiers]) => specifiers.some((s) => s === "zod" || s.startsWith("zod/")))
      .map(([file]) => relative(root, file))
      .filter((file) => file !== "lib/zod.ts");
    expect(direct).toEqual([]);
  });
});
