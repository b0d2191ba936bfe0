import { eq } from "drizzle-orm";
import { soundtracks } from "../db/schema";
import { ALT_REQUIRED, BODY_ALT_MISSING } from "../lib/body-images";
import { BODY_IMAGE_MESSAGES } from "../lib/image-sniff";
import { png } from "../lib/testing/png";
import { createDraft, e2eDb } from "./database";
import { bodyPreview, storedReview } from "./editor-flow";
import { expect, test } from "./fixtures";

test("a cover must be an image by its bytes, and is served with its type", async ({
  adminPage,
  request,
}) => {
  const draft = await createDraft("cover");
  await adminPage.goto(`/admin/reviews/${draft.id}`);
  const file = adminPage.getByLabel("Cover image");
  const upload = adminPage.getByRole("button", { name: "Upload the cover" });
  await file.setInputFiles({
    name: "cover.png",
    mimeType: "image/png",
    buffer: Buffer.from("not a picture"),
  });
  await upload.click();
  await expect(
    adminPage.getByText("That file is not a JPEG, PNG, WebP or GIF image."),
  ).toBeVisible();
  const before = await storedReview(draft.id);
  const cover = async () =>
    (await e2eDb().select().from(soundtracks).where(eq(soundtracks.id, before.soundtrackId)))[0]!
      .coverImageUrl;
  expect(await cover()).toBeNull();

  await file.setInputFiles({
    name: "cover.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from(png(40, 30)),
  });
  await upload.click();
  await expect(adminPage.getByText("The cover is saved (40 × 30).")).toBeVisible();
  const url = await cover();
  expect(url).toMatch(new RegExp(`^/covers/${before.soundtrackId}\\?v=\\d+-[\\w-]{22}$`));
  await expect(adminPage.getByRole("img", { name: /^The cover of / })).toHaveAttribute("src", url!);
  const served = await request.get(url!);
  expect(served.headers()).toMatchObject({
    "content-type": "image/png",
    "cache-control": "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
  });
  // A draft's cover is not found by counting ids: only its signed address serves it.
  expect((await request.get(`/covers/${before.soundtrackId}`)).status()).toBe(404);
});

test("an admin adds images to the review's body, chosen or pasted, each with the alt text it must have", async ({
  adminPage,
  request,
}) => {
  const draft = await createDraft("with-images");
  await adminPage.goto(`/admin/reviews/${draft.id}`);
  const body = adminPage.getByLabel("Review (Markdown)");
  await body.fill("First paragraph.");
  const images = adminPage.getByRole("group", { name: "Add an image" });
  const file = images.getByLabel("Image file");
  const alt = images.getByLabel("Alt text (required)");
  const add = images.getByRole("button", { name: "Add the image" });
  const image = (name: string, buffer: Uint8Array) => ({
    name,
    mimeType: "image/png",
    buffer: Buffer.from(buffer),
  });

  // No alt text, or not an image by its bytes: refused, and the body stays as it was.
  await file.setInputFiles(image("sleeve.png", png(4, 3)));
  await add.click();
  await expect(images.getByText(ALT_REQUIRED)).toBeVisible();
  await expect(alt).toBeFocused();
  await file.setInputFiles(image("notes.png", new TextEncoder().encode("Not a picture.")));
  await alt.fill("Notes");
  await add.click();
  await expect(images.getByText(BODY_IMAGE_MESSAGES.notImage)).toBeVisible();
  await expect(body).toHaveValue("First paragraph.");

  await file.setInputFiles(image("sleeve.png", png(4, 3)));
  await alt.fill("The sleeve, in black");
  await add.click();
  await expect(images.getByText("The image is added to the review (4 × 3).")).toBeVisible();
  await expect(body).toHaveValue(
    /^First paragraph\.\n\n!\[The sleeve, in black\]\(\/images\/\d+\?v=[\w-]+\)$/,
  );
  const sleeve = bodyPreview(adminPage).getByRole("img", { name: "The sleeve, in black" });
  await expect(sleeve).toBeVisible();
  await expect.poll(() => sleeve.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(4);

  // Pasted at the start of the text: the alt text is asked for, and Enter adds it there.
  await body.focus();
  await body.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(0, 0));
  await body.evaluate(
    (field, bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], "still.png", { type: "image/png" }));
      field.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [...png(2, 2)],
  );
  await expect(images.getByText(/^Pasted: still\.png/)).toBeVisible();
  await expect(alt).toBeFocused();
  await adminPage.keyboard.type("A still from the film");
  await adminPage.keyboard.press("Enter");
  await expect(body).toHaveValue(
    /^!\[A still from the film\]\(\/images\/\d+\?v=[\w-]+\)\n\nFirst paragraph\.\n\n!\[The sleeve/,
  );
  await adminPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(adminPage.locator("#save-status")).toHaveText(/^(Saved\.|“.*” is saved)/);

  // The review's page shows both, each served as its bytes are; a made-up address is nothing.
  await adminPage.goto(`/admin/reviews/${draft.id}/preview`);
  const article = adminPage.getByRole("article");
  for (const [name, width] of [
    ["The sleeve, in black", 4],
    ["A still from the film", 2],
  ] as const) {
    const shown = article.getByRole("img", { name });
    await expect(shown).toBeVisible();
    await expect
      .poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(width);
  }
  const src = (await article
    .getByRole("img", { name: "The sleeve, in black" })
    .getAttribute("src"))!;
  const served = await request.get(src);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect((await request.get(src.replace(/v=\d+/, "v=1"))).status()).toBe(404);
  expect((await request.get(src.split("?")[0]!)).status()).toBe(404);

  // An image written without alt text is not saved.
  await adminPage.goto(`/admin/reviews/${draft.id}`);
  await body.fill(`![](${src})`);
  await adminPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(adminPage.getByText(BODY_ALT_MISSING)).toBeVisible();
  expect((await storedReview(draft.id)).body).toContain("![A still from the film]");
});
