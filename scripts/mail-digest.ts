/**
 * npm run mail:digest
 *
 * Emails each reader who asked for it one digest of their unread notifications since their last
 * one (see scripts/notification-digest.ts). Meant for a daily cron; running it twice sends nothing new.
 */
import "./react-server";
import { commandLine } from "@/lib/command-line";
import { formatCount, Progress } from "./progress";
import { fail, messageOf } from "./reviews-cli";

// It takes no options: `--help`, or anything mistyped, mails nobody.
commandLine({}, "Usage: npm run mail:digest");

const plural = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

try {
  // Imported here, not above: reading the environment can fail, and that is a message too.
  const { runMigrations } = await import("@/db/migrate");
  await runMigrations();
  const { sendDigests } = await import("./notification-digest");
  const progress = new Progress({ unit: "readers" });
  const run = await sendDigests({
    onProgress: (done, total) => progress.update({ phase: "Sending digests", done, total }),
  });
  progress.finish("Digests done");
  console.log(
    `Sent ${plural(run.sent, "digest", "digests")} (${plural(run.notifications, "notification", "notifications")}).`,
  );
  if (run.failed.length > 0) {
    fail(`${plural(run.failed.length, "digest", "digests")} could not be sent:`, ...run.failed);
  }
} catch (error) {
  fail(`Could not send the digests: ${messageOf(error)}`);
}
