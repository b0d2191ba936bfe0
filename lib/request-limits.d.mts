// Types for lib/request-limits.mjs, plain JavaScript because the site's HTTP server uses it too.
export const FORM_LIMIT_MB: number;
export const FORM_LIMIT_BYTES: number;
export const FORM_TOO_LARGE: string;
export const MALFORMED_REQUEST: string;
export const CROSS_SITE_FORM: string;
