/** Images in a review's body: uploaded in the editor, each with the words that stand for it. */

export const MAX_ALT_LENGTH = 300;

export const ALT_REQUIRED =
  "Describe the image for readers who cannot see it: its alt text is required.";

export const BODY_ALT_MISSING =
  "An image in the review has no alt text: describe it between the brackets, as in ![The album’s sleeve](…).";

/** The Markdown of an image, its alt text escaped so that a bracket in it cannot end it early. */
export function imageMarkdown(alt: string, url: string): string {
  const text = alt
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\[\]]/g, "\\$&");
  return `![${text}](${url})`;
}

/** Whether the body has an image written without alt text, `![](…)`. */
export function hasImageWithoutAlt(markdown: string): boolean {
  return /!\[\s*\]\(/.test(markdown);
}

/**
 * The body with an image's Markdown put in at `at` (the cursor), as a paragraph of its own: a
 * blank line before and after it unless there already is one, or it starts or ends the text.
 */
export function insertImage(body: string, at: number, markdown: string): string {
  const before = body.slice(0, at);
  const after = body.slice(at);
  const gap = (atEdge: boolean, has: (breaks: string) => boolean) =>
    atEdge || has("\n\n") ? "" : has("\n") ? "\n" : "\n\n";
  const lead = gap(before === "", (breaks) => before.endsWith(breaks));
  const trail = gap(after === "", (breaks) => after.startsWith(breaks));
  return `${before}${lead}${markdown}${trail}${after}`;
}
