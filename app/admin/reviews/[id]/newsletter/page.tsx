import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/auth/admin";
import { getNewsletterContent } from "@/db/queries/newsletter-content";
import { reviewIdSchema } from "@/lib/editor-schemas";
import { MODE_SUMMARY } from "@/lib/newsletter-editor";
import { previewIssueMail } from "@/lib/newsletter-mail";
import { linkOrigin } from "@/lib/site-origin";

export const metadata: Metadata = { title: "Newsletter preview" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ part?: string | string[]; width?: string | string[] }>;
};

const tab = (current: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-stone-200 dark:bg-stone-800" : "hover:underline"}`;

/**
 * The review's newsletter exactly as a subscriber's mail client gets it: the HTML part in a
 * sandboxed frame (no script, no same-origin access, no navigation of this page), at a mail
 * client's width or a phone's, or the text part; and its headers.
 */
export default async function NewsletterPreviewPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = reviewIdSchema.safeParse((await params).id);
  const content = id.success ? await getNewsletterContent(id.data) : null;
  if (!content) notFound();
  const query = await searchParams;
  const text = query.part === "text";
  const phone = query.width === "phone";
  const mail = await previewIssueMail(content, linkOrigin(await headers()));
  const base = `/admin/reviews/${content.reviewId}/newsletter`;
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <Link href={`/admin/reviews/${content.reviewId}`} className="link-accent text-sm">
          ← Back to the editor
        </Link>
        <h1 className="font-serif text-3xl font-semibold">Newsletter preview</h1>
        <p className="text-soft">
          {MODE_SUMMARY[content.mode]}{" "}
          {content.mode === "off" && "Shown here: what its opening would look like. "}
          The settings and unsubscribe links are each subscriber’s own in the mail.
        </p>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Subject</dt>
        <dd>{mail.subject}</dd>
        {Object.entries(mail.headers).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="font-medium">{name}</dt>
            <dd className="font-mono text-xs break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <nav aria-label="Which part" className="flex flex-wrap gap-2">
        <Link
          href={base}
          aria-current={!text && !phone ? "page" : undefined}
          className={tab(!text && !phone)}
        >
          HTML
        </Link>
        <Link
          href={`${base}?width=phone`}
          aria-current={phone && !text ? "page" : undefined}
          className={tab(phone && !text)}
        >
          HTML on a phone (360 px)
        </Link>
        <Link
          href={`${base}?part=text`}
          aria-current={text ? "page" : undefined}
          className={tab(text)}
        >
          Text part
        </Link>
      </nav>
      {text ? (
        <pre
          aria-label="The mail's text part"
          className="overflow-x-auto rounded-md border border-stone-300 bg-white p-4 text-sm whitespace-pre-wrap dark:border-stone-700 dark:bg-stone-900"
        >
          {mail.text}
        </pre>
      ) : (
        <iframe
          title="The mail's HTML part"
          sandbox=""
          srcDoc={mail.html}
          className={`h-[80vh] w-full rounded-md border border-stone-300 bg-white dark:border-stone-700 ${phone ? "max-w-[360px]" : ""}`}
        />
      )}
    </div>
  );
}
