import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Runs before each test file imports anything, so lib/env reads a database of that file's own.
process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "es-test-")), "test.db")}`;
