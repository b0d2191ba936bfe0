import { defineConfig, devices } from "@playwright/test";
import { BASE_URL } from "./e2e/config";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  // A newcomer gets no retry, so neither does CI: a flaky test is a failing test.
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Tests wait for what a reader would see, never for a fixed time; on a busy machine that can
  // take a while, so the limits are generous and a real failure is still a failure.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: /(mobile|publishing|archive-pages|newsletter-sending|proxy)\.spec\.ts/,
    },
    // The cluster behind nginx (deploy/nginx.conf); publishes "now", leaving the clock alone.
    { name: "proxy", use: { ...devices["Desktop Chrome"] }, testMatch: /proxy\.spec\.ts/ },
    { name: "mobile", use: { ...devices["Pixel 7"] }, testMatch: /mobile\.spec\.ts/ },
    // Move the site's clock and put reviews on the site: after everything else, which they would
    // disturb.
    {
      name: "publishing",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /(publishing|archive-pages)\.spec\.ts/,
      dependencies: ["desktop", "mobile", "proxy"],
    },
    // Moves the clock too, so after the publishing project rather than beside it.
    {
      name: "newsletter",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /newsletter-sending\.spec\.ts/,
      dependencies: ["publishing"],
    },
  ],
  webServer: {
    command: "node scripts/e2e-servers.mjs",
    url: BASE_URL,
    // It builds the site first: minutes on a busy machine, and a slow build is not a failure.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The launcher stops the two-instance cluster (its own process groups) on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
