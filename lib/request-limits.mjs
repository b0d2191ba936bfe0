// Plain JavaScript: the site's HTTP server (server/) refuses a larger body before Next reads it.

/** The most a form may send: a cover of up to 2 MB (lib/image-sniff.ts) with the form around it. */
export const FORM_LIMIT_MB = 3;
export const FORM_LIMIT_BYTES = FORM_LIMIT_MB * 1024 * 1024;

export const FORM_TOO_LARGE = `That form is larger than ${FORM_LIMIT_MB} MB, so it was not sent. Shorten the text or choose a smaller file, then try again.`;
