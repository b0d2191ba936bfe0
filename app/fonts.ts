import localFont from "next/font/local";

/*
 * The site's two faces, served from the site itself (font-src 'self'), never fetched from the web:
 * Source Serif 4 and Source Sans 3, variable in weight, from npm's @fontsource-variable packages
 * (SIL Open Font License 1.1). Each comes as its Latin and Latin Extended subsets, and a browser
 * downloads a subset (and the italics) only when the page has a character (or an italic) in it.
 *
 * next/font gives each call a family of its own, so the Latin Extended faces are a second family
 * named first in the stack (globals.css): their unicode-range leaves every other character to the
 * Latin family, whose fallback (a local Times New Roman or Arial, its metrics adjusted to the
 * face's) shows the text until the face arrives, with nothing moving when it does.
 * Font loader arguments must be literals, hence the ranges written out in each call.
 */

export const serifLatin = localFont({
  src: [
    {
      path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
      style: "italic",
    },
  ],
  weight: "200 900",
  display: "swap",
  variable: "--font-serif-latin",
  adjustFontFallback: "Times New Roman",
  preload: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const serifLatinExt = localFont({
  src: [
    {
      path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-normal.woff2",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-italic.woff2",
      style: "italic",
    },
  ],
  weight: "200 900",
  display: "swap",
  variable: "--font-serif-latin-ext",
  adjustFontFallback: false,
  preload: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

export const sansLatin = localFont({
  src: [
    {
      path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-italic.woff2",
      style: "italic",
    },
  ],
  weight: "200 900",
  display: "swap",
  variable: "--font-sans-latin",
  adjustFontFallback: "Arial",
  preload: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const sansLatinExt = localFont({
  src: [
    {
      path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-normal.woff2",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-italic.woff2",
      style: "italic",
    },
  ],
  weight: "200 900",
  display: "swap",
  variable: "--font-sans-latin-ext",
  adjustFontFallback: false,
  preload: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

/** The classes that define the four families' variables, for the root element. */
export const fontVariables = [serifLatin, serifLatinExt, sansLatin, sansLatinExt]
  .map((font) => font.variable)
  .join(" ");
