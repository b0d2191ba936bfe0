import { describe, expect, it } from "vitest";
import { EXCERPT_CHARS } from "./newsletter-mail-body";
import { newsletterIssueMail, renderIssue } from "./newsletter-mail";
import type { NewsletterContent } from "./newsletter-mail-view";
import { newsletterMailLinks } from "./newsletter-tokens";

const ORIGIN = "https://es.example";
const subscriber = {
  email: "reader@example.test",
  subscriberId: "3f1c2a4e-0000-4000-8000-000000000001",
  subscriberCreatedAt: new Date("2026-11-01T10:00:00Z"),
};

const paragraph = (n: number) =>
  `Paragraph ${n}: ${"the strings swell under the brass, ".repeat(12).trim()}`;

const BODY = [
  "The opening cue, “Main Title”, sets out the whole score. See [the label](/composers/ada).",
  "![The composer at the desk](/images/12?v=abc)",
  ...Array.from({ length: 8 }, (_, i) => paragraph(i + 1)),
  "The last paragraph: THE-ENDING-WORDS.",
].join("\n\n");

function content(overrides: Partial<NewsletterContent> = {}): NewsletterContent {
  return {
    reviewId: 7,
    slug: "the-long-night",
    headline: "A score that holds its breath",
    summary: "Quiet, patient and devastating.",
    body: BODY,
    criticScore: 85,
    mode: "excerpt",
    filmTitle: "The Long Night",
    filmYear: 2024,
    coverImageUrl: "/covers/3?v=xyz",
    coverAlt: "A lighthouse at dusk",
    composers: ["Ada Lind", "Bo Ek"],
    tracks: [
      { disc: 1, position: 1, title: "Main Title", durationSeconds: 185 },
      { disc: 1, position: 2, title: "Harbour", durationSeconds: 242 },
      { disc: 1, position: 3, title: "The Long Night", durationSeconds: 3601 },
    ],
    ...overrides,
  };
}

async function mail(overrides: Partial<NewsletterContent> = {}) {
  return newsletterIssueMail(await renderIssue(content(overrides), ORIGIN), subscriber, ORIGIN);
}

describe("the newsletter's mail", () => {
  it("carries the cover, headline, film, composers, score, track list and total in both parts", async () => {
    const { subject, html, text } = await mail();
    expect(subject).toBe("A score that holds its breath");
    expect(html).toContain(
      '<img src="https://es.example/covers/3?v=xyz" alt="A lighthouse at dusk" width="600"',
    );
    for (const part of [html!, text]) {
      expect(part).toContain("A score that holds its breath");
      expect(part).toContain("The Long Night (2024)");
      expect(part).toContain("Ada Lind and Bo Ek");
      expect(part).toContain("8.5");
      expect(part).toContain("Harbour");
      expect(part).toContain("4:02");
      expect(part).toContain("1:00:01");
      // 185 + 242 + 3601 seconds
      expect(part).toContain("1:07:08");
      expect(part).toContain("3 tracks");
      expect(part).toContain("Quiet, patient and devastating.");
    }
    expect(text).toContain("\n2. Harbour (4:02)\n");
    expect(text).toContain("Critic's score: 8.5 / 10");
    expect(text).toContain("Total running time (3 tracks): 1:07:08");
    expect(html).toMatch(/Harbour<\/td><td[^>]*>4:02<\/td>/);
  });

  it("is made for mail clients: color-scheme, dark-mode styles, one fluid column of 600 px", async () => {
    const { html } = await mail();
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain("@media (prefers-color-scheme: dark)");
    expect(html).toContain("max-width:600px;width:100%;");
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<p style="margin:0 0 16px;line-height:1.6;">Paragraph 1/);
  });

  it("gives every element with a colour of its own a dark-mode colour too", async () => {
    const { html } = await mail();
    const dark = new Set([...html!.matchAll(/\.(es-[a-z]+) \{[^}]*color:/g)].map((m) => m[1]!));
    const coloured = [...html!.matchAll(/<([a-z0-9]+)\s([^>]*)>/g)].filter(([, , attributes]) =>
      /style="([^"]*;)?color:/.test(attributes!),
    );
    expect(coloured.length).toBeGreaterThan(10);
    for (const [tag, , attributes] of coloured) {
      const classes = /class="([^"]*)"/.exec(attributes!)?.[1]?.split(" ") ?? [];
      expect(
        classes.some((c) => dark.has(c)),
        tag,
      ).toBe(true);
    }
  });

  it("sends the opening with Continue reading, or the whole review", async () => {
    const opening = await mail({ mode: "excerpt" });
    const whole = await mail({ mode: "full" });
    for (const part of [opening.html!, opening.text]) {
      expect(part).toContain("Paragraph 1:");
      expect(part).not.toContain("THE-ENDING-WORDS");
      expect(part).toContain("Continue reading");
    }
    expect(opening.text).toContain("Continue reading: https://es.example/reviews/the-long-night\n");
    const openingText = opening.text.slice(opening.text.indexOf("Paragraph 1"));
    expect(openingText.indexOf("Continue reading")).toBeGreaterThan(EXCERPT_CHARS / 2);
    for (const part of [whole.html!, whole.text]) {
      expect(part).toContain("Paragraph 8:");
      expect(part).toContain("THE-ENDING-WORDS");
      expect(part).not.toContain("Continue reading");
    }
    // A review shorter than the opening is whole either way, and says no "Continue reading".
    const short = await mail({ mode: "excerpt", body: "Short and sweet." });
    expect(short.text).toContain("Short and sweet.");
    expect(short.text).not.toContain("Continue reading");
  });

  it("makes every link and image absolute, on the site's origin", async () => {
    const { html, text } = await mail({ mode: "full" });
    expect(html).toContain('href="https://es.example/composers/ada"');
    expect(html).toContain('src="https://es.example/images/12?v=abc"');
    expect(html).toContain('href="https://es.example/reviews/the-long-night#track-1-1"');
    expect(html).toContain('href="https://es.example/reviews/the-long-night#comments"');
    expect(html).not.toMatch(/(href|src)="(?!https:\/\/es\.example\/)/);
    expect(text).toContain("the label (https://es.example/composers/ada)");
    expect(text).toContain("[The composer at the desk]");
    expect(text).toContain(
      "Read it and join the discussion: https://es.example/reviews/the-long-night#comments",
    );
  });

  it("escapes a hostile headline, track title, summary and alt text, and keeps the body sanitized", async () => {
    const hostile = `<img src=x onerror="alert(1)">&"'`;
    const { html, subject, text } = await mail({
      mode: "full",
      headline: `Score ${hostile}`,
      summary: hostile,
      coverAlt: hostile,
      composers: [hostile],
      tracks: [{ disc: 1, position: 1, title: `<script>alert(2)</script>`, durationSeconds: 60 }],
      body: 'Before <script>alert(3)</script> <b onclick="x()">bold</b> [x](javascript:alert(4))',
    });
    expect(subject).toBe(`Score ${hostile}`);
    expect(text).toContain(`<script>alert(2)</script>`);
    // No script, no element of the hostile text, no event handler among any tag's attributes.
    expect(html).not.toMatch(/<script|<img src=x|javascript:/i);
    expect(html).not.toMatch(/<[a-z]+(\s+[\w-]+="[^"]*")*\s+on\w+=/i);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&quot;&apos;");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain('alt="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&quot;&apos;"');
  });

  it("puts each subscriber's own links in, with RFC 8058's headers", async () => {
    const issue = await renderIssue(content(), ORIGIN);
    const links = newsletterMailLinks(ORIGIN, {
      id: subscriber.subscriberId,
      createdAt: subscriber.subscriberCreatedAt,
    });
    const message = newsletterIssueMail(issue, subscriber, ORIGIN);
    expect(message.to).toBe("reader@example.test");
    expect(message.headers).toEqual({
      "List-Unsubscribe": `<${links.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(message.html).toContain(`href="${links.preferencesUrl}"`);
    expect(message.html).toContain(`href="${links.unsubscribeUrl}"`);
    expect(message.text).toContain(`Your newsletter settings: ${links.preferencesUrl}\n`);
    expect(message.text).toContain(`Unsubscribe: ${links.unsubscribeUrl}`);

    const other = { ...subscriber, email: "other@example.test", subscriberId: "other-id" };
    const second = newsletterIssueMail(issue, other, ORIGIN);
    expect(second.html).not.toContain(links.unsubscribeUrl);
    expect(second.html).toContain(`href="https://es.example/newsletter/other-id.`);
    expect(second.headers["List-Unsubscribe"]).toMatch(
      /^<https:\/\/es\.example\/newsletter\/other-id\./,
    );
  });

  it("leaves out what a review lacks: no cover, no score, no composers", async () => {
    const { html, text } = await mail({ coverImageUrl: null, criticScore: null, composers: [] });
    expect(html).not.toContain('<img src="https://es.example/covers');
    expect(text).not.toContain("Critic's score");
    expect(text).not.toContain("music by");
  });
});
