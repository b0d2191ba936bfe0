import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { eq, like } from "drizzle-orm";
import { connect } from "../db/client";
import { comments, reviews } from "../db/schema";
import { actionId, callAction, sessionCookie } from "./actions";
import { createReader, createReaders, e2eDb } from "./database";
import { expect, FEATURED, test } from "./fixtures";
import { E2E_PORTS } from "./ports.mjs";

const RESTORED = "data/e2e-restored.db";
const RESTORED_PORT = E2E_PORTS.restored;
const restoredSite = `http://127.0.0.1:${RESTORED_PORT}`;

/** Runs one of the npm scripts' files the way `npm run` does, on the database `url` names. */
function script(file: string, args: string[], url: string) {
  return new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", file, ...args], {
      env: { ...process.env, DATABASE_URL: url },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => done({ code, output }));
  });
}

function removeRestored() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${RESTORED}${suffix}`, { force: true });
  spawnSync("sh", ["-c", `rm -f ${RESTORED}.before-restore-*`]);
}

test("a backup taken while readers write restores into a fresh server with what was acknowledged", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const [review] = await e2eDb().select().from(reviews).where(eq(reviews.slug, FEATURED.slug));
  const postComment = actionId("app/reviews/[slug]/actions.ts", "postComment");
  const before = await createReader("before");
  // One comment each: a reader's second comment within a few seconds is held back.
  const during = await createReaders(20, "during");
  const post = async (userId: string, body: string) =>
    callAction(request, {
      url: `/reviews/${FEATURED.slug}`,
      actionId: postComment,
      fields: { reviewId: String(review!.id), body },
      cookie: await sessionCookie(userId),
    });

  // Acknowledged before the backup starts: it must be in the copy.
  const run = Date.now().toString(36);
  const kept = await post(before.id, `Written before the backup ${run}`);
  expect(kept.state?.status).toBe("ok");

  // Other readers keep writing while the copy is taken.
  const writes = (async () => {
    const answers = [];
    for (const [i, reader] of during.entries()) {
      answers.push(await post(reader.id, `During the backup ${run} ${i}`));
    }
    return answers;
  })();
  const backup = await script(
    "scripts/db-backup.ts",
    ["--dir", "data/e2e-backups"],
    "file:data/e2e.db",
  );
  expect(backup.code, backup.output).toBe(0);
  const answers = (await writes).map((a) => (a.state?.status === "ok" ? "ok" : a.state?.message));
  expect(answers).toEqual(during.map(() => "ok"));
  const file = /Wrote (\S+\.db)/.exec(backup.output)?.[1];
  expect(file, backup.output).toBeTruthy();

  removeRestored();
  let site: ChildProcess | undefined;
  try {
    const restore = await script("scripts/db-restore.ts", [file!], `file:${RESTORED}`);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toContain("integrity check");

    // The copy holds whole rows only: each comment written during the backup is there or not.
    const copy = connect(`file:${RESTORED}`);
    const copied = await copy.db
      .select({ body: comments.body })
      .from(comments)
      .where(like(comments.body, `During the backup ${run} %`));
    copy.client.close();
    expect(copied.length).toBeLessThanOrEqual(20);
    for (const { body } of copied)
      expect(body).toMatch(new RegExp(`^During the backup ${run} \\d+$`));

    // A fresh server on the restored file serves the reader's comment on their profile.
    site = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "-p", String(RESTORED_PORT), "-H", "127.0.0.1"],
      {
        env: { ...process.env, NEXT_DIST_DIR: ".next-e2e", DATABASE_URL: `file:${RESTORED}` },
        stdio: "ignore",
      },
    );
    await expect
      .poll(async () => (await request.get(`${restoredSite}/`).catch(() => null))?.status(), {
        timeout: 60_000,
      })
      .toBe(200);
    const profile = await request.get(`${restoredSite}/u/${before.handle}`);
    expect(profile.status()).toBe(200);
    expect(await profile.text()).toContain(`Written before the backup ${run}`);
  } finally {
    site?.kill("SIGTERM");
    removeRestored();
    if (file) rmSync(file, { force: true });
  }
});
