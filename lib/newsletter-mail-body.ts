import type { Element, ElementContent, Root, RootContent } from "hast";
import { reviewMarkdownTree, treeHtml, type TrackAnchor } from "./markdown";
import { MAIL_COLORS as C, MAIL_SERIF } from "./newsletter-mail-style";

/** An opening stops after the first block that takes it past this many characters of text. */
export const EXCERPT_CHARS = 1200;

export type MailBody = { html: string; text: string; cut: boolean };

const isBlank = (node: RootContent) => node.type === "text" && node.value.trim() === "";

function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" || node.type === "root") {
    return (node.children as ElementContent[]).map(textOf).join("");
  }
  return "";
}

/** The tree's opening blocks, up to EXCERPT_CHARS of text (at least one block). */
function opening(tree: Root): { tree: Root; cut: boolean } {
  const kept: RootContent[] = [];
  let length = 0;
  for (const [index, child] of tree.children.entries()) {
    if (length >= EXCERPT_CHARS) {
      return { tree: { ...tree, children: kept }, cut: !tree.children.slice(index).every(isBlank) };
    }
    kept.push(child);
    length += textOf(child).length;
  }
  return { tree, cut: false };
}

const STYLES: Record<string, string> = {
  p: "margin:0 0 16px;line-height:1.6;",
  h1: `margin:24px 0 12px;font-family:${MAIL_SERIF};font-size:22px;line-height:1.3;`,
  h2: `margin:24px 0 12px;font-family:${MAIL_SERIF};font-size:20px;line-height:1.3;`,
  h3: `margin:20px 0 8px;font-family:${MAIL_SERIF};font-size:18px;line-height:1.3;`,
  ul: "margin:0 0 16px;padding-left:24px;line-height:1.6;",
  ol: "margin:0 0 16px;padding-left:24px;line-height:1.6;",
  blockquote: `margin:0 0 16px;padding:0 0 0 14px;border-left:3px solid ${C.rule};color:${C.muted};`,
  pre: `margin:0 0 16px;padding:12px;overflow:auto;background:${C.soft};white-space:pre-wrap;`,
  code: "font-family:Menlo,Consolas,monospace;font-size:14px;",
  a: `color:${C.accent};text-decoration:underline;`,
  img: "display:block;max-width:100%;height:auto;border:0;margin:0 auto;",
  hr: `border:0;border-top:1px solid ${C.rule};margin:24px 0;`,
};

const CLASSES: Record<string, string> = { a: "es-link", blockquote: "es-muted", hr: "es-rule" };

/** A URL the mail can carry: absolute, http(s) or mailto; anything else is dropped. */
function absolute(url: unknown, base: string): string | undefined {
  if (typeof url !== "string") return undefined;
  try {
    const resolved = new URL(url, base);
    return ["http:", "https:", "mailto:"].includes(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes the sanitized tree fit for a mail client: links and images absolute (the site's own
 * relative ones, and a track's in-page anchor, on the review's page), inline styles, and the
 * classes the dark-mode styles name. Runs after sanitizing, so every style is ours.
 */
function forMail(parent: Root | Element, reviewUrl: string) {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    const { tagName, properties } = child;
    if (tagName === "a") properties.href = absolute(properties.href, reviewUrl);
    if (tagName === "img") properties.src = absolute(properties.src, reviewUrl);
    const style = STYLES[tagName] ?? (tagName.startsWith("h") ? STYLES.h3 : undefined);
    if (style) properties.style = style;
    if (CLASSES[tagName]) {
      const own = Array.isArray(properties.className) ? properties.className : [];
      properties.className = [...own, CLASSES[tagName]];
    }
    forMail(child, reviewUrl);
  }
}

/** Inline content as text: a link followed by its address, an image by its alt text. */
function inlineText(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  if (node.tagName === "br") return "\n";
  if (node.tagName === "img") return node.properties.alt ? `[${String(node.properties.alt)}]` : "";
  const inner = node.children.map(inlineText).join("");
  const href = node.tagName === "a" ? node.properties.href : undefined;
  const trackRef = String(node.properties.className ?? "").includes("track-ref");
  return typeof href === "string" && href !== inner && !trackRef ? `${inner} (${href})` : inner;
}

const INLINE_BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"]);

/** Block content as plain-text paragraphs: lists as "- " or "1. ", quotes as "> ". */
function blocksText(nodes: readonly (RootContent | ElementContent)[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      if (node.value.trim()) out.push(node.value.trim());
    } else if (node.type !== "element") continue;
    else if (node.tagName === "ul" || node.tagName === "ol") {
      const items = node.children.filter((c) => c.type === "element" && c.tagName === "li");
      const lines = items.map((item, i) => {
        const mark = node.tagName === "ol" ? `${i + 1}. ` : "- ";
        return mark + blocksText((item as Element).children).join(" ");
      });
      out.push(lines.join("\n"));
    } else if (node.tagName === "blockquote") {
      out.push(...blocksText(node.children).map((b) => b.replace(/^/gm, "> ")));
    } else if (node.tagName === "hr") out.push("* * *");
    else if (INLINE_BLOCKS.has(node.tagName)) out.push(inlineText(node).trim());
    else out.push(...blocksText(node.children));
  }
  return out.filter((block) => block !== "");
}

/**
 * The review's body for the mail, from the site's own renderer (lib/markdown.ts: sanitized as the
 * site sanitizes it): all of it, or its opening (`cut` says whether anything was left out), as
 * mail-client HTML and as plain text.
 */
export async function mailBody(
  markdown: string,
  options: { tracks: readonly TrackAnchor[]; reviewUrl: string; whole: boolean },
): Promise<MailBody> {
  const full = await reviewMarkdownTree(markdown, options.tracks);
  const { tree, cut } = options.whole ? { tree: full, cut: false } : opening(full);
  forMail(tree, options.reviewUrl);
  const text = blocksText(tree.children).join("\n\n");
  return { html: treeHtml(tree), text, cut };
}
