/** What npm run reviews:import and reviews:export share: how they fail, and when they show progress. */

/** Past this many reviews, a progress bar tells how far the work is instead of a line each. */
export const PROGRESS_FROM = 50;

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a file system error means for the file or folder the person named. */
export function fileProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
    case "EEXIST":
      return "is a file, not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return messageOf(error);
  }
}

/** Prints the lines to stderr and ends the command with status 1. */
export function fail(...lines: string[]): never {
  console.error(lines.join("\n"));
  process.exit(1);
}
