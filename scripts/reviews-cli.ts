/** What npm run reviews:import and reviews:export share: how they fail. */

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Prints the lines to stderr and ends the command with status 1. */
export function fail(...lines: string[]): never {
  console.error(lines.join("\n"));
  process.exit(1);
}

/** The command's arguments as `read` finds them, or what is wrong with them and the usage line. */
export function readArgs<T>(read: () => T, usage: string): T {
  try {
    return read();
  } catch (error) {
    return fail(messageOf(error), usage);
  }
}
