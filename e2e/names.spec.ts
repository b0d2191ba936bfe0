import type { Page } from "@playwright/test";
import { NAME_RULES } from "../lib/auth/display-name";
import { expect, test } from "./fixtures";

const nameSection = (page: Page) => page.getByRole("region", { name: "Name", exact: true });

test("a name with a family emoji is a name; a name of joiners alone is refused", async ({
  readerPage: page,
  reader,
}) => {
  await page.goto("/settings");
  const section = nameSection(page);
  const box = section.getByLabel("Name");
  const save = section.getByRole("button", { name: "Save name" });

  // Zero-width joiners alone draw nothing: refused, and kept in the box to fix.
  await box.fill("\u200D\u200D\u200D");
  await save.click();
  await expect(section.getByText(NAME_RULES.invisible)).toBeVisible();
  await expect(box).toHaveValue("\u200D\u200D\u200D");

  // Between emoji they make one: a family, shown as the reader's name everywhere.
  const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
  const named = `${reader.name} ${family}`;
  await box.fill(named);
  await save.click();
  await expect(section.getByRole("status")).toHaveText(`Your name is now ${named}.`);
  await expect(page.getByRole("link", { name: named })).toBeVisible();
  await page.goto(`/u/${reader.handle}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(family);
});
