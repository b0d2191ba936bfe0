import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** One message as the outbox keeps it: a JSON file of its own. */
export type OutboxMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** When it was sent, ISO 8601. */
  date: string;
};

/**
 * Writes the message under a temporary name first and renames it into place, so a reader of the
 * folder (the browser tests, two server instances at once) never sees half a message.
 */
export async function writeToOutbox(dir: string, message: OutboxMessage): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = `${Date.now()}-${randomUUID()}.json`;
  const temporary = path.join(dir, `.${name}.tmp`);
  await writeFile(temporary, `${JSON.stringify(message, null, 2)}\n`, "utf8");
  const file = path.join(dir, name);
  await rename(temporary, file);
  return file;
}

/** Every message in the outbox, oldest first; an outbox not yet created is empty. */
export async function readOutbox(dir: string): Promise<OutboxMessage[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files = names.filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (n) => JSON.parse(await readFile(path.join(dir, n), "utf8")) as OutboxMessage),
  );
}
