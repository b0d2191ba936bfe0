import { expect } from "@playwright/test";
import { readOutbox } from "../lib/mail/outbox";
import { E2E_OUTBOX_DIR } from "./config";

/** Every message the sites have sent to this address so far. */
export async function mailTo(address: string) {
  return (await readOutbox(E2E_OUTBOX_DIR)).filter((m) => m.to === address);
}

/**
 * The link in the latest mail to `address` whose path starts with `path`, once it has arrived:
 * the sites send mail just after they answer.
 */
export async function linkMailedTo(address: string, path: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const mails = await mailTo(address);
      const text = mails.at(-1)?.text ?? "";
      link = text.match(new RegExp(`https?://\\S+${path}\\S+`))?.[0];
      return link;
    })
    .toBeTruthy();
  return link!;
}
