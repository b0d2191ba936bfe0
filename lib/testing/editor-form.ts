import {
  editorFormData,
  EMPTY_VALUES,
  type EditorValues,
  type TrackRow,
} from "@/lib/editor-values";

/** Forms for the editor's actions in tests: complete, valid and each with a slug of its own. */

export const trackRow = (
  key: string,
  position: number,
  title: string,
  duration: string,
): TrackRow => ({
  key,
  id: null,
  disc: "1",
  position: String(position),
  title,
  duration,
});

let unique = 0;

export function editorValues(overrides: Partial<EditorValues> = {}): EditorValues {
  unique += 1;
  return {
    ...EMPTY_VALUES,
    filmTitle: `Film ${unique}`,
    filmYear: "2024",
    composers: ["Lorne Balfe", `New Composer ${unique}`],
    headline: `Headline ${unique}`,
    slug: `editor-review-${unique}`,
    summary: "A summary.",
    criticScore: "8.5",
    body: "“Opening” sets the scene.",
    tracks: [
      trackRow("a", 1, "Opening", "3:05"),
      trackRow("b", 2, "Middle", "4:00"),
      trackRow("c", 3, "End", "2:30"),
    ],
    links: [
      { key: "l1", track: "", label: "Bandcamp", url: "https://example.com/album" },
      { key: "l2", track: "b", label: "Spotify", url: "https://example.com/middle" },
    ],
    ...overrides,
  };
}

export const editorForm = (values: EditorValues, reviewId?: number) =>
  editorFormData(values, reviewId === undefined ? {} : { reviewId: String(reviewId) });
