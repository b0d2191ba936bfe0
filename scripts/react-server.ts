import { register } from "node:module";

/**
 * Lets a script load db/queries modules. They begin with `import "server-only"`, a package that
 * throws unless it is resolved as Next.js resolves server code (the "react-server" condition); a
 * script is server code too, so that one package is resolved the same way here. Import this
 * first and the queries with import(): static imports are all resolved before any code runs.
 */
const hooks = `export function resolve(specifier, context, next) {
  if (specifier !== "server-only") return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
