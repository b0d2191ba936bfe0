import { parseReviewFile, type ReviewFile } from "@/lib/review-file";

/** The review a file reads as; throws with the file's problems when it is refused. */
export function parsed(text: string): ReviewFile {
  const result = parseReviewFile(text);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.review;
}

/** What is wrong with a file; throws when it is read without a problem. */
export function errorsOf(text: string): string[] {
  const result = parseReviewFile(text);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors;
}

/** A minimal good file, with `facts` added to (or replacing lines of) its front matter. */
export function file(facts: string, body = "The review.") {
  const base = { title: "T", film: "F", composer: "C", tracks: "'1. A (1:00)'" };
  const given = new Set(facts.split("\n").map((line) => line.split(":")[0]));
  const lines = Object.entries(base).filter(([key]) => !given.has(key));
  return `---\n${[...lines.map(([k, v]) => `${k}: ${v}`), facts].join("\n")}\n---\n${body}\n`;
}
