import type { Locator, Page } from "@playwright/test";

export function watchDialogs(page: Page, seen: string[]) {
  page.on("dialog", (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
}

/**
 * Elements, attributes and URLs that no comment may produce: inside a comment's body only the
 * subset's tags with href and rel; anywhere in the discussion no event handler and no link or
 * source with a script-like or data URL. (React's own forms carry a javascript: `action`
 * placeholder, which is why `action` is not among the URL attributes checked.)
 */
export async function injected(region: Locator): Promise<string[]> {
  return region.evaluate((root) => {
    const found: string[] = [];
    const allowedTags = new Set(["P", "BR", "EM", "STRONG", "A", "BLOCKQUOTE", "CODE", "PRE"]);
    for (const el of root.querySelectorAll("[data-comment-body] *")) {
      if (!allowedTags.has(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
      for (const attr of Array.from(el.attributes)) {
        if (!["href", "rel"].includes(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      }
    }
    const urlAttributes = ["href", "src", "xlink:href", "srcdoc", "data", "formaction", "srcset"];
    for (const el of root.querySelectorAll("*")) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (
          urlAttributes.includes(attr.name.toLowerCase()) &&
          /^\s*(javascript|data|vbscript):/i.test(attr.value)
        ) {
          found.push(`${attr.name}=${attr.value}`);
        }
      }
    }
    return found;
  });
}
