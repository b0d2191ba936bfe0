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

const reviewProcessor = (tracks: readonly TrackAnchor[]) =>
  unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeLinkTracks, { tracks });

/**
 * Markdown to a safe HTML tree: raw HTML in the source is dropped (remark-rehype never passes it
 * on) and the result goes through rehype-sanitize's GitHub schema before anything of ours is added.
 * The newsletter's mail (lib/newsletter-mail-body.ts) starts from the same tree.
 */
export async function reviewMarkdownTree(
  markdown: string,
  tracks: readonly TrackAnchor[] = [],
): Promise<Root> {
  const processor = reviewProcessor(tracks);
  return (await processor.run(processor.parse(markdown))) as Root;
}

/** A tree from reviewMarkdownTree as HTML. */
export function treeHtml(tree: Root): string {
  return unified().use(rehypeStringify).stringify(tree);
}

/** The review's body as the site shows it: reviewMarkdownTree's tree, as HTML. */
export async function renderReviewMarkdown(
  markdown: string,
  tracks: readonly TrackAnchor[] = [],
): Promise<string> {
  return treeHtml(await reviewMarkdownTree(markdown, tracks));
}
