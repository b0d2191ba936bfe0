import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

// A module is loaded once per process and kept: "now" read while it loads never moves again, so
// a review that goes live while the server runs would stay unseen (search did this once).
const TIME_READERS = "/^(isLive|isLiveRow|now|nowMs|clockNow)$/";
const TIME_AT_LOAD = [
  `CallExpression[callee.name=${TIME_READERS}]`,
  "CallExpression[callee.object.name='Date'][callee.property.name='now']",
  "NewExpression[callee.name='Date'][arguments.length=0]",
].map((time) => ({
  selector: `Program > :not(:function, ClassDeclaration) ${time}:not(:function ${time})`,
  message: "Read the time when it is needed (in a function), never once when the module loads.",
}));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**", "auth/**", "cache/**", "components/**", "db/**", "lib/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...TIME_AT_LOAD] },
  },
  {
    // Playwright fixtures receive a `use` callback that is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next/**",
    ".next-e2e/**",
    ".next-bench/**",
    ".next-cluster/**",
    "tools/**",
    "node_modules/**",
    "data/**",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
