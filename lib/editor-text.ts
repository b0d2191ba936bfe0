import type { EditorValues } from "@/lib/editor-values";

/**
 * A review as plain lines, field by field, for comparing two versions: the revision history's
 * diff, and whether the browser's copy says anything the server's does not.
 */
export function editorText(values: EditorValues): string {
  const trackNames = new Map(
    values.tracks.map((t, i) => [t.key, `track ${i + 1}${t.title ? ` “${t.title}”` : ""}`]),
  );
  return [
    `Film: ${values.filmTitle}`,
    `Year: ${values.filmYear}`,
    `Composers: ${values.composers.filter((c) => c.trim() !== "").join(", ")}`,
    `Label: ${values.label}`,
    `Album released: ${values.albumReleaseDate}`,
    `Cover description: ${values.coverAlt}`,
    `Headline: ${values.headline}`,
    `Address: /reviews/${values.slug}`,
    `Summary: ${values.summary}`,
    `Critic score: ${values.criticScore || "none"}`,
    "Tracks:",
    ...values.tracks.map(
      (t) => `  ${t.disc || "?"}-${t.position || "?"}. ${t.title} (${t.duration || "?"})`,
    ),
    "Listening links:",
    ...values.links.map(
      (l) =>
        `  ${l.track ? (trackNames.get(l.track) ?? "a removed track") : "album"}: ${l.label} ${l.url}`,
    ),
    "Review:",
    // An empty body is no lines at all, not one empty line a diff would show as removed.
    ...(values.body === "" ? [] : values.body.split(/\r\n|\r|\n/)),
  ].join("\n");
}

/** Whether two versions say the same (row keys and stored ids aside). */
export function sameText(a: EditorValues, b: EditorValues): boolean {
  return editorText(a) === editorText(b);
}
