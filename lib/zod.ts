import { z } from "zod";

/**
 * zod for the modules that also run in the browser (the editor's form as typed, kept in local
 * storage). Its first object schema probes for `eval` with `new Function`, which the site's CSP
 * forbids: zod catches the refusal, but the browser still reports a violation. Jitless skips the
 * probe. ES modules run their imports first, so no schema of an importer exists before this line.
 * Server-only modules import "zod" itself and keep its compiled parsers.
 */
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
