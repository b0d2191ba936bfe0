import { expect } from "@playwright/test";
import { readOutbox } from "../lib/mail/outbox";
import { E2E_OUTBOX_DIR } from "./config";

/** Every message the sites have sent to this address so far. */
export async function mailTo(address: string) {
  return (await readOutbox(E2E_OUTBOX_DIR)).filter((m) => m.to === address);
}

/**
 * The link whose path starts with `path` in the latest mail to `address` that has one, once it
 * has arrived: the sites send mail just after they answer (and a newsletter may come after it).
 */
export async function linkMailedTo(address: string, path: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const pattern = new RegExp(`https?://\\S+${path}\\S+`);
      const mails = (await mailTo(address)).reverse();
      link = mails.map((m) => m.text.match(pattern)?.[0]).find(Boolean);
      return link;
    })
    .toBeTruthy();
  return link!;
}
