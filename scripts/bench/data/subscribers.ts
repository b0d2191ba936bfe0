// Newsletter subscribers: `counts.subscribers` subscribed addresses, half of them bench readers
// (their account's address) and half visitors, and a twentieth more that get nothing (pending,
// unsubscribed, refused by their server), all over the year before BENCH_NOW.
import { newsletterSubscribers } from "@/db/schema";
import { benchUserId, DAY_S, NOW_MS, readerEmail, readerHandle } from "./constants";
import { insertRows } from "./database";
import { pick, rngFor } from "./random";
import type { Readers } from "./readers";
import type { Run } from "./run";

const YEAR_MS = 365 * DAY_S * 1000;
const HOUR_MS = 3600 * 1000;
const NOT_MAILED = ["pending", "unsubscribed", "bounced"] as const;

/** "visitor_000001@bench.test": a subscriber without an account. */
export const visitorEmail = (n: number) => `visitor_${String(n).padStart(6, "0")}@bench.test`;

export async function writeSubscribers({ w, counts }: Run, readers: Readers) {
  const S = counts.subscribers;
  const fromReaders = Math.min(Math.floor(S / 2), Math.floor(counts.readers / 2));
  const total = S + Math.round(S / 20);
  const rng = rngFor("subscribers");
  w.phase("newsletter subscribers", total);
  await insertRows(w, newsletterSubscribers, total, (i) => {
    // Every other reader, then visitors numbered on from 1.
    const reader = i < fromReaders ? 2 * i : -1;
    const email = reader >= 0 ? readerEmail(readerHandle(reader + 1)) : visitorEmail(i + 1);
    const state = i < S ? "subscribed" : pick(rng, NOT_MAILED);
    const createdAt = NOW_MS - YEAR_MS + Math.floor((i * YEAR_MS) / total);
    // A visitor confirms the mailed link within the hour; a reader's address is confirmed already.
    const confirmedAt = state === "pending" ? null : createdAt + (reader >= 0 ? 0 : HOUR_MS);
    const leftAt = state === "unsubscribed" || state === "bounced" ? createdAt + 30 * HOUR_MS : null;
    return {
      id: benchUserId(`newsletter:${email}`),
      email,
      userId: reader >= 0 ? readers.ids[reader]! : null,
      state,
      confirmRequestedAt: reader >= 0 ? null : createdAt,
      confirmedAt,
      unsubscribedAt: state === "unsubscribed" ? leftAt : null,
      bouncedAt: state === "bounced" ? leftAt : null,
      bounceReason: state === "bounced" ? "550 5.1.1 No such user" : null,
      createdAt,
      updatedAt: leftAt ?? confirmedAt ?? createdAt,
    };
  });
}
