import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { DEAD_NEWSLETTER_LINK, DEAD_NEWSLETTER_TITLE } from "@/lib/newsletter";

/** A mailed link that was changed, superseded or is too old: said plainly, with a way on. */
export function DeadNewsletterLink() {
  return (
    <AuthCard title={DEAD_NEWSLETTER_TITLE} intro={DEAD_NEWSLETTER_LINK}>
      <Link href="/" className="link-accent">
        Go to the home page
      </Link>
    </AuthCard>
  );
}
