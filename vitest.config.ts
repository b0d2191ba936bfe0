import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "db/**/*.test.ts",
      "app/**/*.test.ts",
      "auth/**/*.test.ts",
      "cache/**/*.test.ts",
      "server/**/*.test.ts",
      "jobs/**/*.test.ts",
    ],
    environment: "node",
    // Tests that look at log lines make a logger of their own (lib/logger.mjs createLogger).
    env: { LOG_LEVEL: "silent" },
    // next-auth imports "next/server" without the ".js" Node's own resolver needs: Vite resolves it.
    server: { deps: { inline: ["next-auth"] } },
    setupFiles: ["lib/testing/database-url.ts"],
  },
});
