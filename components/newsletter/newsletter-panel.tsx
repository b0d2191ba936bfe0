import { NewsletterSignup } from "./newsletter-signup";

/** Each week's review by email: a small section the home page and the review pages end with. */
export function NewsletterPanel() {
  return (
    <section
      aria-labelledby="newsletter-heading"
      className="rounded-lg border border-stone-300 bg-white/60 p-5 shadow-sm sm:p-6 dark:border-stone-700 dark:bg-stone-900/60"
    >
      <h2 id="newsletter-heading" className="font-serif text-xl font-semibold">
        Each week’s review, by email
      </h2>
      <p className="mt-1 mb-4 text-sm text-soft">
        One mail a week, when the new review is out. We mail you a link to confirm first, and every
        newsletter has a link to stop it in one click.
      </p>
      <NewsletterSignup />
    </section>
  );
}
