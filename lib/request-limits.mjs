// Plain JavaScript: the site's HTTP server (server/) refuses these requests before Next reads them.

/** The most a form may send: a cover of up to 2 MB (lib/image-sniff.ts) with the form around it. */
export const FORM_LIMIT_MB = 3;
export const FORM_LIMIT_BYTES = FORM_LIMIT_MB * 1024 * 1024;

export const FORM_TOO_LARGE = `That form is larger than ${FORM_LIMIT_MB} MB, so it was not sent. Shorten the text or choose a smaller file, then try again.`;

export const MALFORMED_REQUEST =
  "That request could not be read. Reload the page and try again; what you typed is still in the form.";

export const CROSS_SITE_FORM =
  "That form was sent from another site, so it was not accepted. Open the page on this site and send it from there.";
