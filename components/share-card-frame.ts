import { readFile } from "node:fs/promises";
import { join } from "node:path";

// What the site's share images (drawn by next/og) have in common: the font and the paper.

const FAMILY = "Source Serif 4";

/**
 * The project's own copy of the font (assets/fonts), read once per process: an image is never
 * drawn with a font fetched from the web. Satori falls back glyph by glyph only to fonts of
 * another name, so Latin Extended (for names such as "Dvořák") is a family of its own.
 */
const fontFiles = [
  [FAMILY, "latin-400", 400],
  [FAMILY, "latin-600", 600],
  [`${FAMILY} Latin Extended`, "latin-ext-400", 400],
  [`${FAMILY} Latin Extended`, "latin-ext-600", 600],
] as const;

let loaded: ReturnType<typeof loadFonts> | undefined;

function loadFonts() {
  return Promise.all(
    fontFiles.map(async ([name, file, weight]) => ({
      name,
      weight,
      style: "normal" as const,
      data: await readFile(
        join(process.cwd(), "assets/fonts", `source-serif-4-${file}-normal.woff`),
      ),
    })),
  );
}

export function shareCardFonts() {
  loaded ??= loadFonts();
  return loaded;
}

/** The card itself, 1200×630 on paper under an accent rule; each image sets its own padding. */
export const shareCardFrame = {
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column",
  background: "#fbf8f3",
  color: "#1c1917",
  fontFamily: FAMILY,
  borderTop: "16px solid #9a3412",
} as const;
