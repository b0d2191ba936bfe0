import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { runWord } from "./database";
import { DEPLOYMENTS, importReviewFile, writeReviewFile } from "./publishing-flow";

/** A published review's file of this test's own: its slug, headline and composer. */
function publishedReviewFile() {
  const word = runWord();
  const slug = `cli-published-${word}`;
  const headline = `Exploring Soundtracks: Published from the command line ${word}`;
  const composer = `Wren Halloway ${word}`;
  const file = writeReviewFile(
    slug,
    [
      `title: "${headline}"`,
      `slug: ${slug}`,
      `film: Command Line ${word}`,
      `composer: ${composer}`,
      "status: published",
      "published_at: 2020-01-07T09:00:00Z",
      'tracks: "1. Prompt (1:37)"',
    ],
    "Published while the site runs, by a command.",
  );
  return { file, slug, headline, composer };
}

/** The review's address and the composers' list, as a visitor sees them on the instance. */
async function visit(page: Page, origin: string, review: { slug: string; composer: string }) {
  await page.goto(`${origin}/reviews/${review.slug}`);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  await page.goto(`${origin}/composers`);
  const listed = await page.getByRole("link", { name: review.composer }).count();
  return { heading, listed };
}

for (const deployment of DEPLOYMENTS) {
  test(`a review published from the command line shows at the next request: ${deployment.name}`, async ({
    page,
  }) => {
    // The command compiles its TypeScript as it starts: tens of seconds on a busy machine.
    test.slow();
    const review = publishedReviewFile();
    // Seen before: each instance keeps the pages that did not have it.
    for (const origin of deployment.origins) {
      expect(await visit(page, origin, review)).toEqual({
        heading: "We couldn’t find that page",
        listed: 0,
      });
    }
    expect(await importReviewFile(deployment, review.file)).toBe(0);
    // One request each, no retry: every instance shows it at once.
    for (const origin of deployment.origins) {
      expect(await visit(page, origin, review)).toEqual({ heading: review.headline, listed: 1 });
    }
  });
}
