import { expect, test } from "./fixtures";

for (const path of ["/reviews/no-such-soundtrack", "/composers/nobody-at-all", "/nowhere"]) {
  test(`an unknown address (${path}) shows the not-found page with status 404`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
    await page.getByRole("link", { name: "Browse the archive" }).click();
    await expect(page).toHaveURL("/reviews");
  });
}

test("an address with broken percent-encoding shows the not-found page, not a server error", async ({
  page,
}) => {
  const response = await page.goto("/reviews/%E0%A4%A");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
});
