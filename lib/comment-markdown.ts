import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import type { Nodes, Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from "mdast";
import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/** Every link a reader writes is marked as user content that earns no ranking or referrer. */
export const COMMENT_LINK_REL = ["ugc", "nofollow", "noopener", "noreferrer"];

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

/**
 * Only what a comment needs. Protocols are checked again after sanitizing (see rehypeCommentLinks)
 * because the sanitizer lets relative and protocol-relative URLs through.
 */
export const COMMENT_SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: ["p", "br", "em", "strong", "a", "blockquote", "code", "pre"],
  attributes: { a: ["href"] },
  protocols: { href: ["http", "https", "mailto"] },
  strip: ["script", "style", "template", "textarea", "title", "noscript", "xmp", "iframe"],
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: "",
};

type Container = { children: RootContent[] };

function textOf(value: string): PhrasingContent[] {
  return value ? [{ type: "text", value }] : [];
}

/** Soft line breaks become <br>, as a reader typing in a box expects. */
function withBreaks(value: string): PhrasingContent[] {
  return value
    .split("\n")
    .flatMap((part, i) => [
      ...(i > 0 ? [{ type: "break" } as PhrasingContent] : []),
      ...textOf(part),
    ]);
}

function listItemsAsParagraphs(list: Extract<Nodes, { type: "list" }>): RootContent[] {
  const out: RootContent[] = [];
  list.children.forEach((item, i) => {
    const marker = list.ordered ? `${(list.start ?? 1) + i}. ` : "• ";
    const [head, ...rest] = item.children;
    if (head?.type === "paragraph") {
      out.push({ ...head, children: [...textOf(marker), ...head.children] }, ...rest);
    } else {
      const lead: Paragraph = { type: "paragraph", children: textOf(marker.trim()) };
      out.push(lead, ...item.children);
    }
  });
  return out;
}

/** Rewrites the Markdown tree down to the subset before it becomes HTML. */
function simplify(node: Container) {
  const out: RootContent[] = [];
  const queue = [...node.children];
  for (let child = queue.shift(); child; child = queue.shift()) {
    switch (child.type) {
      case "heading":
        out.push({ type: "paragraph", children: child.children });
        break;
      case "list":
        // Its paragraphs go back in the queue, so nested lists flatten too.
        queue.unshift(...listItemsAsParagraphs(child));
        break;
      case "image":
      case "imageReference":
        out.push(...textOf(child.alt ?? ""));
        break;
      case "text":
        out.push(...withBreaks(child.value));
        break;
      case "html":
      case "thematicBreak":
        break;
      default:
        out.push(child);
    }
  }
  node.children = out;
  for (const child of out) {
    if ("children" in child) simplify(child as Container);
  }
}

function remarkCommentSubset() {
  return (tree: MdastRoot) => simplify(tree as Container);
}

function textContent(node: HastContent | Element): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textContent).join("") : "";
}

function fixLinks(parent: HastRoot | Element) {
  const out: HastContent[] = [];
  for (const child of parent.children) {
    if (child.type === "element") {
      fixLinks(child);
      if (child.tagName === "a") {
        const href = child.properties.href;
        if (typeof href !== "string" || !SAFE_HREF.test(href.trim())) {
          out.push(...child.children);
          continue;
        }
        child.properties = { href: href.trim(), rel: [...COMMENT_LINK_REL] };
        // A link whose words were all dropped (an image, say) shows its address instead.
        if (!textContent(child).trim()) child.children = [{ type: "text", value: href.trim() }];
      }
    }
    out.push(child);
  }
  parent.children = out as ElementContent[];
}

/** Runs after sanitizing: unwraps any link that is not http(s) or mailto, and adds the rel. */
function rehypeCommentLinks() {
  return (tree: HastRoot) => fixLinks(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkCommentSubset)
  .use(remarkRehype)
  .use(rehypeSanitize, COMMENT_SANITIZE_SCHEMA)
  .use(rehypeCommentLinks)
  .use(rehypeStringify)
  .freeze();

/**
 * A reader's comment as safe HTML: paragraphs, line breaks, emphasis, links, quotes and code.
 * Raw HTML is dropped (remark-rehype never passes it on), images leave their alt text, headings
 * and lists become paragraphs, and everything then goes through a strict sanitizer.
 */
export function renderCommentMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
