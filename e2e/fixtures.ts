import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";

type Fixtures = {
  /** An axe scan of the current page against WCAG 2.x A and AA. */
  axe: () => AxeBuilder;
};

export const test = base.extend<Fixtures>({
  axe: async ({ page }, use) => {
    await use(() =>
      new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]),
    );
  },
});

export { expect };

export const FEATURED = {
  slug: "mission-impossible-fallout",
  film: "Mission: Impossible – Fallout",
  headline: "Exploring Soundtracks: Mission Impossible – Fallout",
  composer: "Lorne Balfe",
};
