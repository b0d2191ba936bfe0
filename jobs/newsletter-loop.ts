import "server-only";
import { hasNewsletterWork } from "@/db/queries/newsletter-queue";
import { log } from "@/lib/logger.mjs";
import { NEWSLETTER_TICK_MS } from "@/lib/newsletter";
import { defaultSenderOptions, drainNewsletter, stopSending } from "./newsletter-sender";
import { onShutdown } from "@/lib/shutdown.mjs";

class Stopping extends Error {}

/** How long the server waits, when it stops, for the chunk in hand to be answered and recorded. */
const STOP_WAIT_MS = 8_000;

/**
 * The server process drives the newsletter, as it does the weekly slot: every NEWSLETTER_TICK_MS
 * it looks (one read) for work, and when there is some it drains it (jobs/newsletter-sender.ts).
 * Several instances each run this; the lease lets one send. On SIGTERM it sends no new chunk,
 * waits for the one in hand, and gives the lease up so another instance takes over at once.
 */
export function startNewsletterLoop() {
  const options = defaultSenderOptions();
  let stopping = false;
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let running: Promise<void> | null = null;
  const sender = {
    ...options,
    wait: (ms: number) =>
      stopping
        ? Promise.reject(new Stopping())
        : Promise.race([options.wait(ms), stopped.then(() => Promise.reject(new Stopping()))]),
  };

  async function tick() {
    try {
      if (await hasNewsletterWork()) await drainNewsletter(sender);
    } catch (error) {
      if (!(error instanceof Stopping)) log.error("newsletter.sender_failed", { err: error });
    }
  }

  // A drain longer than a tick is not started again beside itself.
  const timer = setInterval(() => {
    if (stopping || running) return;
    running = tick().finally(() => (running = null));
  }, NEWSLETTER_TICK_MS);
  timer.unref();

  onShutdown(async () => {
    stopping = true;
    stop();
    clearInterval(timer);
    const waited = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
    if (running) await Promise.race([running, waited]);
    await stopSending(options).catch((error) =>
      log.warn("newsletter.lease_not_released", { err: error }),
    );
  });
}
