/**
 * The server's sender in a process of its own, on the test's database and mailing through
 * SMTP_HOST/SMTP_PORT at NEWSLETTER_RATE: jobs/newsletter-kill.test.ts kills it with SIGKILL
 * mid-send. It prints "draining" once it has its database.
 */
import "@/scripts/react-server";

const { drainNewsletter } = await import("@/jobs/newsletter-sender");
console.log("draining");
await drainNewsletter();
