import { describe, expect, it } from "vitest";
import { renderCommentMarkdown as render } from "./comment-markdown";
import { XSS_E2E_SAMPLE, XSS_PAYLOADS } from "./xss-payloads";

const REL = 'rel="ugc nofollow noopener noreferrer"';
const ALLOWED_TAGS = new Set(["p", "br", "em", "strong", "a", "blockquote", "code", "pre"]);

/** Every tag in the output with its attribute names; text `<` is always escaped by the stringifier. */
function tags(html: string) {
  return [...html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({
    name: (m[2] ?? "").toLowerCase(),
    attributes: [...(m[3] ?? "").matchAll(/\s([^\s"'=/>]+)(?:="[^"]*")?/g)].map((a) =>
      a[1]!.toLowerCase(),
    ),
    raw: m[0],
  }));
}

describe("renderCommentMarkdown: the subset", () => {
  it("renders paragraphs, line breaks, emphasis and strong", () => {
    expect(render("First *soft* and **loud**\nsecond line\n\nNext")).toBe(
      "<p>First <em>soft</em> and <strong>loud</strong><br>\nsecond line</p>\n<p>Next</p>",
    );
  });

  it("renders blockquotes, inline code and code blocks, escaping what is inside", () => {
    const html = render("> the brass\n\nUse `<b>` here\n\n```js\nif (a < b) run();\n```");
    expect(html).toContain("<blockquote>\n<p>the brass</p>\n</blockquote>");
    expect(html).toContain("<code>&#x3C;b></code>");
    expect(html).toContain("<pre><code>if (a &#x3C; b) run();\n</code></pre>");
  });

  it("gives http(s) and mailto links the rel, autolinks included", () => {
    expect(render("[score](https://example.com/a?b=1)")).toBe(
      `<p><a href="https://example.com/a?b=1" ${REL}>score</a></p>`,
    );
    expect(render("<http://example.com>")).toContain(`<a href="http://example.com" ${REL}>`);
    expect(render("[mail](mailto:ana@example.com)")).toContain(
      `<a href="mailto:ana@example.com" ${REL}>mail</a>`,
    );
    expect(render('[t](https://example.com "Title")')).not.toContain("title=");
  });

  it("keeps the words of relative, protocol-relative and other links, but not the link", () => {
    expect(render("[home](/reviews) [x](//evil.example) [f](ftp://x.example) [h](#top)")).toBe(
      "<p>home x f h</p>",
    );
  });

  it("turns images into their alt text and drops raw HTML", () => {
    expect(render("Look ![the cover art](https://example.com/c.png) here")).toBe(
      "<p>Look the cover art here</p>",
    );
    expect(render("a <b>bold</b> <span class=x>move</span>")).toBe("<p>a bold move</p>");
    expect(render('<div class="x">\nblock\n</div>')).toBe("");
  });

  it("renders headings as paragraphs and lists as marked paragraphs", () => {
    expect(render("# Big\n\n## Bigger")).toBe("<p>Big</p>\n<p>Bigger</p>");
    expect(render("- one\n- two\n  - nested\n\n3. three")).toBe(
      "<p>• one</p>\n<p>• two</p>\n<p>• nested</p>\n<p>3. three</p>",
    );
    expect(render("above\n\n---\n\nbelow")).toBe("<p>above</p>\n<p>below</p>");
  });

  it("shows the address of a link whose words were all dropped", () => {
    expect(render("[![cover](https://example.com/c.png)](https://example.com/page)")).toBe(
      `<p><a href="https://example.com/page" ${REL}>cover</a></p>`,
    );
    expect(render("[<b></b>](https://example.com/page)")).toBe(
      `<p><a href="https://example.com/page" ${REL}>https://example.com/page</a></p>`,
    );
  });

  it("keeps typographic characters and emoji as written", () => {
    expect(render("“Fallout” — don’t miss it 🎺")).toBe("<p>“Fallout” — don’t miss it 🎺</p>");
  });
});

describe("renderCommentMarkdown: hostile input", () => {
  it("has a corpus of at least 50 payloads, the browser sample among them", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    expect(XSS_E2E_SAMPLE.length).toBeGreaterThanOrEqual(10);
  });

  it.each([...XSS_PAYLOADS, ...XSS_E2E_SAMPLE].map((p) => [p]))("neutralises %j", (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<(img|svg|iframe|style|object|embed|math|form|input|base|meta)\b/i);
    for (const tag of tags(html)) {
      expect(ALLOWED_TAGS, tag.raw).toContain(tag.name);
      for (const attribute of tag.attributes) expect(["href", "rel"]).toContain(attribute);
    }
    for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/gi)) {
      expect(url).toMatch(/^(https?:\/\/|mailto:)/i);
      expect(url).not.toMatch(/javascript:|data:|vbscript:/i);
    }
  });

  it("shows escaped markup as text rather than dropping the comment", () => {
    expect(render("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe(
      "<p>&#x3C;script>alert(1)&#x3C;/script></p>",
    );
    expect(render("`<script>alert(1)</script>`")).toBe(
      "<p><code>&#x3C;script>alert(1)&#x3C;/script></code></p>",
    );
  });

  it("never lets a link's title or a broken URL add attributes", () => {
    const html = render('[x](https://ok.example "t" onmouseover="alert(1)")');
    expect(tags(html).flatMap((t) => t.attributes)).not.toContain("onmouseover");
  });
});
