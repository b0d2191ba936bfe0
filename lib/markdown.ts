import type { Element, ElementContent, Root, Text } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

export type TrackAnchor = { title: string; anchor: string };

const QUOTED = /“([^“”]{1,300})”/g;

function normalizeTitle(title: string): string {
  return title
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .replace(/[\s.,;:!?]+$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function linkQuotes(node: Text, anchors: Map<string, string>): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(QUOTED)) {
    const inner = match[1] ?? "";
    const anchor = anchors.get(normalizeTitle(inner));
    if (!anchor) continue;
    const start = match.index + 1;
    out.push({ type: "text", value: node.value.slice(last, start) });
    out.push({
      type: "element",
      tagName: "a",
      properties: { href: `#${anchor}`, className: ["track-ref"] },
      children: [{ type: "text", value: inner }],
    });
    last = start + inner.length;
  }
  if (last === 0) return [node];
  out.push({ type: "text", value: node.value.slice(last) });
  return out;
}

function walk(parent: Root | Element, anchors: Map<string, string>) {
  const children: typeof parent.children = [];
  for (const child of parent.children) {
    if (child.type === "text") {
      children.push(...linkQuotes(child, anchors));
      continue;
    }
    if (child.type === "element" && child.tagName !== "a") walk(child, anchors);
    children.push(child as ElementContent);
  }
  parent.children = children;
}

/** Runs after sanitizing, so the only links it adds are in-page anchors it built itself. */
function rehypeLinkTracks(options: { tracks: readonly TrackAnchor[] }) {
  const anchors = new Map(options.tracks.map((t) => [normalizeTitle(t.title), t.anchor]));
  return (tree: Root) => {
    if (anchors.size > 0) walk(tree, anchors);
  };
}

/**
 * Markdown to safe HTML: raw HTML in the source is dropped (remark-rehype never passes it on) and
 * the result goes through rehype-sanitize's GitHub schema before anything of ours is added.
 */
export async function renderReviewMarkdown(
  markdown: string,
  tracks: readonly TrackAnchor[] = [],
): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeLinkTracks, { tracks })
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}
