import "server-only";
import { now } from "@/db/clock.mjs";
import { getSubscriber } from "@/db/queries/newsletter-subscribers";
import { readNewsletterToken } from "./newsletter-tokens";

/** The subscriber a preferences token names, when the site signed it for that very row. */
export async function getSubscriberByToken(token: string) {
  const read = readNewsletterToken("preferences", token, now());
  const row = read && (await getSubscriber(read.id));
  return row && row.createdAt.getTime() === read.at.getTime() ? row : null;
}
