import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { reviews } from "../db/schema";
import { BASE_URL, CLUSTER_DATABASE_URL, CLUSTER_URLS, E2E_DATABASE_URL } from "./config";
import { clusterDb, createDraft, e2eDb, runWord, type TestDraft } from "./database";
import { expect, signInContext } from "./fixtures";

// What the publishing and cli-publish specs do on the dashboard, in search and from the command
// line, on the site or on the cluster.

/**
 * Schedules a draft into the next free slot (or publishes it now) from the dashboard of the
 * instance `adminPage` is on; returns the time it got.
 */
export async function scheduleDraft(
  adminPage: Page,
  draft: { id: number; headline: string },
  { when = "next", db = e2eDb() }: { when?: "next" | "now"; db?: Database } = {},
) {
  const drafts = adminPage.getByRole("region", { name: "Drafts" });
  const choice = drafts.getByLabel(`When to publish “${draft.headline}”`);
  // The draft was written straight to the database: an instance on a replica lists it once its
  // replica has synced (DATABASE_SYNC_INTERVAL), so the dashboard is opened again until it does.
  await expect(async () => {
    await adminPage.goto("/admin");
    await expect(choice).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await choice.selectOption(when);
  await drafts.getByRole("button", { name: `Schedule “${draft.headline}”` }).click();
  const said = adminPage.getByText(
    `“${draft.headline}” ${when === "now" ? "is published." : "is scheduled for"}`,
  );
  // Now may be in a week that already has its review: the admin confirms a second one.
  const sameWeek = drafts.getByRole("button", { name: "Same week anyway" });
  // The answer shows in the draft's row and, once the dashboard has refreshed, above the lists:
  // for a moment, both.
  await expect(said.or(sameWeek).first()).toBeVisible();
  if (await sameWeek.isVisible()) await sameWeek.click();
  await expect(said.first()).toBeVisible();
  const [row] = await db.select().from(reviews).where(eq(reviews.id, draft.id));
  expect(row?.status).toBe(when === "now" ? "published" : "scheduled");
  return row!.publishedAt!;
}

/** Where a review is searched for: the site on its file, or the two instances sharing sqld. */
export const DEPLOYMENTS = [
  { name: "the site", db: e2eDb, url: E2E_DATABASE_URL, origins: [BASE_URL] },
  {
    name: "both instances sharing a libSQL server",
    db: clusterDb,
    url: CLUSTER_DATABASE_URL,
    origins: [...CLUSTER_URLS],
  },
] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

/** A track and a composer that no other review has. */
export type Findable = { track: string; composer: string };

export function findableNames(): Findable {
  const word = runWord();
  return { track: `Nocturne ${word}`, composer: `Ines Quarrell ${word}` };
}

export async function findableDraft(label: string, db: Database): Promise<TestDraft & Findable> {
  const names = findableNames();
  return { ...(await createDraft(label, db, names)), ...names };
}

/** A review file `<slug>.md` in a folder of its own: its front matter's lines, then its body. */
export function writeReviewFile(slug: string, frontMatter: string[], body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "e2e-review-file-")), `${slug}.md`);
  writeFileSync(file, ["---", ...frontMatter, "---", body].join("\n"));
  return file;
}

/** `npm run reviews:import -- <file>` against the deployment's database; its exit code. */
export function importReviewFile(on: Deployment, file: string): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/reviews-import.ts", file],
    { env: { ...process.env, DATABASE_URL: on.url }, stdio: "inherit" },
  );
  return new Promise((resolve) => child.on("close", resolve));
}

/** The demo admin, signed in on the deployment's first instance. */
export async function adminOn(browser: Browser, deployment: Deployment): Promise<Page> {
  const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
  const [origin] = deployment.origins;
  const context = await browser.newContext({ baseURL: origin });
  await signInContext(context, admin.email, admin.password, origin);
  return context.newPage();
}

/**
 * Searches the draft's track and composer on each instance. Found: an instance learns of
 * another's writes within a quarter of a second, so a reload or two at most.
 */
export async function expectSearchFinds(
  page: Page,
  on: Deployment,
  draft: Findable,
  found: boolean,
) {
  const searches = [
    [draft.track, "Tracks"],
    [draft.composer, "Composers"],
  ] as const;
  for (const origin of on.origins) {
    for (const [text, group] of searches) {
      const address = `${origin}/search/${encodeURIComponent(text)}`;
      if (!found) {
        await page.goto(address);
        await expect(page.getByText(`No results for “${text}”`, { exact: true })).toBeVisible();
        continue;
      }
      const results = page.getByRole("region", { name: new RegExp(`^${group} \\d`) });
      await expect
        .poll(async () => {
          await page.goto(address);
          return results.getByRole("link", { name: text }).count();
        }, `${text} on ${origin}`)
        .toBe(1);
    }
  }
}
