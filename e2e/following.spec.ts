import type { APIRequestContext, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { follows, users } from "../db/schema";
import { FOLLOW_MESSAGES } from "../lib/follow-rules";
import { actionId, callAction, sessionCookie } from "./actions";
import { createReaders, e2eDb, type TestReader } from "./database";
import {
  accountButton,
  axeScan,
  expect,
  freshContext,
  openAccountMenu,
  signInContext,
  test,
} from "./fixtures";
import { unique } from "./helpers";
import { type LiveReview, liveReviews, scoreAs } from "./seeded-reviews";

// Each test has readers of its own. Scores, comments and follows the test does not click through
// go through the site's own actions, as their forms send them.

type Call = { file: string; name: string; url: string; fields: Record<string, string> };

/** A server action called as `reader` (or, without one, as nobody signed in). */
async function act(request: APIRequestContext, call: Call, reader?: TestReader) {
  const { state } = await callAction(request, {
    url: call.url,
    actionId: actionId(call.file, call.name),
    fields: call.fields,
    cookie: reader ? await sessionCookie(reader.id) : undefined,
  });
  return state;
}

const followCall = (handle: string): Call => ({
  file: "app/u/[handle]/follow-actions.ts",
  name: "follow",
  url: `/u/${handle}`,
  fields: { handle },
});

async function comment(
  request: APIRequestContext,
  reader: TestReader,
  live: LiveReview,
  body: string,
) {
  const state = await act(
    request,
    {
      file: "app/reviews/[slug]/actions.ts",
      name: "postComment",
      url: `/reviews/${live.slug}`,
      fields: { reviewId: String(live.reviewId), body },
    },
    reader,
  );
  expect(state?.status).toBe("ok");
}

const counts = (page: Page) => page.locator("[data-follow-counts]");
const activity = (page: Page) =>
  page.getByRole("list", { name: "Latest from the readers you follow" });

const followsOf = async (followerId: string) =>
  e2eDb().select().from(follows).where(eq(follows.followerId, followerId));

test("a reader follows another from their profile, reads their activity, and unfollows", async ({
  readerPage: ada,
  reader,
  secondReaderPage: bea,
  secondReader,
  request,
}) => {
  // Two readers' whole story through five pages, two of them scanned with axe.
  test.slow();
  await ada.goto(`/u/${secondReader.handle}`);
  await expect(counts(ada)).toHaveText("0 followers · 0 following");
  const follow = ada.getByRole("button", { name: "Follow", exact: true });
  // By keyboard: the button takes focus and Enter.
  await follow.focus();
  await ada.keyboard.press("Enter");
  await expect(ada.getByText(FOLLOW_MESSAGES.followed(secondReader.name))).toBeVisible();
  await expect(ada.getByText(`You follow ${secondReader.name}`, { exact: true })).toBeVisible();
  const unfollow = ada.getByRole("button", { name: "Unfollow", exact: true });
  await expect(unfollow).toBeVisible();
  // The cached profile catches up with the write: its counts move.
  await expect(counts(ada)).toHaveText("1 follower · 0 following");
  // The button toggles in place, both ways, with the counts.
  await unfollow.click();
  await expect(follow).toBeVisible();
  await expect(counts(ada)).toHaveText("0 followers · 0 following");
  await follow.click();
  await expect(unfollow).toBeVisible();
  await expect(counts(ada)).toHaveText("1 follower · 0 following");
  const { violations } = await axeScan(ada).analyze();
  expect(violations).toEqual([]);
  // Still following after a reload: the state is the server's, asked after the page loads.
  await ada.reload();
  await expect(unfollow).toBeVisible();

  // She is told, and the notification leads to his profile.
  await bea.goto("/notifications");
  const list = bea.getByRole("list", { name: "Notifications" });
  const told = `${reader.name} started following you`;
  await expect(list.getByRole("link", { name: told })).toBeVisible();
  await list.getByRole("link", { name: told }).click();
  await expect(bea).toHaveURL(`/u/${reader.handle}`);
  await expect(counts(bea)).toHaveText("0 followers · 1 following");
  // She can follow him back from there; he is not "following" her for it.
  await expect(bea.getByRole("button", { name: "Follow", exact: true })).toBeVisible();

  // She scores, then comments; he reads both on his Following page, newest first.
  const live = (await liveReviews({ limit: 1, skip: 0 }))[0]!;
  await scoreAs(request, secondReader, live, "7.5");
  const words = unique("The cue at the weir");
  await comment(request, secondReader, live, words);
  await (await openAccountMenu(ada)).getByRole("link", { name: "Following" }).click();
  await expect(ada).toHaveURL("/following");
  await expect(ada.getByRole("heading", { name: "Following", level: 1 })).toBeVisible();
  const items = activity(ada).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`${secondReader.name} commented on ${live.film}`);
  await expect(items.nth(0)).toContainText(words);
  await expect(items.nth(1)).toContainText(`${secondReader.name} scored ${live.film} 7.5`);
  await expect(items.nth(0).getByRole("link", { name: secondReader.name })).toHaveAttribute(
    "href",
    `/u/${secondReader.handle}`,
  );
  expect((await axeScan(ada).analyze()).violations).toEqual([]);
  await items.nth(0).getByRole("link", { name: "Read in the discussion" }).click();
  await expect(ada).toHaveURL(new RegExp(`^[^#]+/reviews/${live.slug}[^#]*#comment-\\d+$`));
  await expect(ada.getByText(words)).toBeVisible();

  // He stops following her: the button, the counts and his page say so.
  await ada.goto(`/u/${secondReader.handle}`);
  await unfollow.click();
  await expect(ada.getByText(FOLLOW_MESSAGES.unfollowed(secondReader.name))).toBeVisible();
  await expect(follow).toBeVisible();
  await expect(counts(ada)).toHaveText("0 followers · 0 following");
  await ada.goto("/following");
  await expect(ada.getByText("You follow nobody yet")).toBeVisible();
  await expect(ada.getByRole("link", { name: "Readers who score like you" })).toHaveAttribute(
    "href",
    `/u/${reader.handle}#like-you-heading`,
  );
  await expect(activity(ada)).toHaveCount(0);
  // "… started following you" is no longer true, and no longer said.
  await bea.goto("/notifications");
  await expect(bea.getByRole("link", { name: told })).toHaveCount(0);
});

test("a visitor is offered no follow button, and the Following page asks them to sign in", async ({
  page,
  readerPage,
  reader,
  secondReader,
  request,
}) => {
  await page.goto(`/u/${secondReader.handle}`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(counts(page)).toHaveText("0 followers · 0 following");
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toHaveCount(0);
  await page.goto("/following");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Ffollowing");
  // A link to a comment that is not there, or not a comment at all, is the site's 404.
  for (const id of ["999999999", "not-a-comment"]) {
    expect((await page.goto(`/comments/${id}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  // Nor can they follow through the action itself.
  const state = await act(request, followCall(secondReader.handle));
  expect(state).toMatchObject({ status: "error", code: "session-ended" });
  expect(await followsOf(reader.id)).toEqual([]);

  // A reader on their own profile is offered none either.
  await readerPage.goto(`/u/${reader.handle}`);
  await expect(accountButton(readerPage)).toBeVisible();
  await expect(
    readerPage.getByRole("region", { name: "Readers who score like you" }),
  ).toBeVisible();
  await expect(readerPage.getByRole("button", { name: "Follow", exact: true })).toHaveCount(0);
  const self = await act(request, followCall(reader.handle), reader);
  expect(self).toMatchObject({ status: "error", code: "refused", message: FOLLOW_MESSAGES.self });
  expect(await followsOf(reader.id)).toEqual([]);
});

test("a banned reader cannot follow, even through the action", async ({ request }) => {
  const [cy, di] = await createReaders(2, "banfollow");
  await e2eDb()
    .update(users)
    .set({ bannedAt: new Date(), banReason: "Spam links" })
    .where(eq(users.id, cy!.id));
  const state = await act(request, followCall(di!.handle), cy);
  expect(state).toMatchObject({ status: "error", code: "refused" });
  expect(state?.message).toContain("suspended");
  expect(await followsOf(cy!.id)).toEqual([]);
  // And nobody can follow the banned reader.
  const refused = await act(request, followCall(cy!.handle), di);
  expect(refused).toMatchObject({ status: "error", code: "gone" });
  expect(await followsOf(di!.id)).toEqual([]);
});

test("a reader who keeps their scores private shows only their comments to followers", async ({
  page,
  request,
}) => {
  const [eve, fay] = await createReaders(2, "privfollow");
  expect(await act(request, followCall(eve!.handle), fay)).toMatchObject({ status: "ok" });
  const privacy = (value: "on" | "off"): Call => ({
    file: "app/settings/privacy-actions.ts",
    name: "setScoresPrivacy",
    url: "/settings",
    fields: { private: value },
  });
  expect(await act(request, privacy("on"), eve)).toMatchObject({ status: "ok" });
  const live = (await liveReviews({ limit: 1, skip: 1 }))[0]!;
  await scoreAs(request, eve!, live, "3");
  const words = unique("The brass there");
  await comment(request, eve!, live, words);

  const context = await freshContext(page.context().browser()!);
  await signInContext(context, fay!.email, fay!.password);
  const fayPage = await context.newPage();
  await fayPage.goto("/following");
  const items = activity(fayPage).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`${eve!.name} commented on ${live.film}`);
  await expect(activity(fayPage)).not.toContainText("scored");

  // Shown again, the score is listed: the page leaves out only what is private.
  expect(await act(request, privacy("off"), eve)).toMatchObject({ status: "ok" });
  await fayPage.reload();
  await expect(items).toHaveCount(2);
  await expect(activity(fayPage)).toContainText(`${eve!.name} scored ${live.film} 3.0`);
  await context.close();
});
