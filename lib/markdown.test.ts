import { describe, expect, it } from "vitest";
import { renderReviewMarkdown } from "./markdown";

const tracks = [
  { title: "The Exchange", anchor: "track-1-14" },
  { title: "Should You Choose to Accept…", anchor: "track-1-3" },
];

describe("renderReviewMarkdown", () => {
  it("renders paragraphs, headings and emphasis", async () => {
    const html = await renderReviewMarkdown("Intro *score*.\n\n## Final Thoughts\n\nDone.");
    expect(html).toContain("<p>Intro <em>score</em>.</p>");
    expect(html).toContain("<h2>Final Thoughts</h2>");
  });

  it("keeps typographic quotes exactly as written", async () => {
    const html = await renderReviewMarkdown("The music to “Mission: Impossible – Fallout” don’t");
    expect(html).toContain("The music to “Mission: Impossible – Fallout” don’t");
  });

  it("links a quoted track title to its row and leaves other quotes alone", async () => {
    const html = await renderReviewMarkdown(
      "We hear it again in “The Exchange”, but not in “John Wick”.",
      tracks,
    );
    expect(html).toContain('“<a href="#track-1-14" class="track-ref">The Exchange</a>”');
    expect(html).toContain("“John Wick”");
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it("matches titles regardless of case and trailing punctuation inside the quotes", async () => {
    const html = await renderReviewMarkdown(
      "Listen to “the exchange,” then “Should You Choose to Accept…”",
      tracks,
    );
    expect(html).toContain('href="#track-1-14"');
    expect(html).toContain('href="#track-1-3"');
  });

  it("drops raw HTML, scripts and dangerous links", async () => {
    const html = await renderReviewMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) ![x](data:image/svg+xml,<svg onload=alert(1)>)',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<img[^>]*data:/i);
    expect(html).toContain("click");
  });
});
