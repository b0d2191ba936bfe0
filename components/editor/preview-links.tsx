import { useState } from "react";
import {
  createPreviewLink,
  type PreviewLinksData,
  revokePreviewLink,
} from "@/app/admin/reviews/share-actions";
import { compactButtonClass, quietButtonClass } from "@/components/button-styles";
import { inputClass } from "@/components/form-field";
import { IDLE } from "@/lib/action-state";
import { PREVIEW_LINK_DAYS, SESSION_ENDED } from "@/lib/editor-schemas";
import type { PreviewLinkItem } from "@/lib/editor-values";
import { formatMoment } from "./when";

type Props = {
  reviewId: number;
  links: PreviewLinkItem[];
  siteUrl: string;
  timeZone: string;
  onSessionEnded: () => void;
};

/** Secret links that show the review to someone without an account, each until it expires. */
export function PreviewLinks({
  reviewId,
  links: initial,
  siteUrl,
  timeZone,
  onSessionEnded,
}: Props) {
  const [links, setLinks] = useState(initial);
  const [days, setDays] = useState(String(PREVIEW_LINK_DAYS.default));
  const [message, setMessage] = useState({ error: false, text: "" });
  const [pending, setPending] = useState(false);

  const send = async (
    action: typeof createPreviewLink | typeof revokePreviewLink,
    fields: Record<string, string>,
  ) => {
    const form = new FormData();
    form.set("reviewId", String(reviewId));
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    setPending(true);
    const state = await action(IDLE, form).catch(() => null);
    setPending(false);
    if (state?.message === SESSION_ENDED) return onSessionEnded();
    const data = state?.data as PreviewLinksData | undefined;
    if (data) setLinks(data.links);
    const error = state?.status !== "ok";
    const detail = state?.fieldErrors && Object.values(state.fieldErrors).flat()[0];
    setMessage({
      error,
      text: detail || state?.message || "The site could not be reached. Try again.",
    });
  };

  return (
    <section aria-labelledby="preview-links-heading" className="space-y-3">
      <h2 id="preview-links-heading" className="font-serif text-xl font-semibold">
        Preview links
      </h2>
      <p className="text-sm text-soft">
        Anyone with the link sees the review as it will appear, saved as it is, until the link
        expires. Search engines are asked not to list it.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!pending) void send(createPreviewLink, { days });
        }}
        noValidate
        className="flex flex-wrap items-end gap-2"
      >
        <div className="w-36">
          <label htmlFor="preview-days" className="block text-sm font-medium">
            Works for (days)
          </label>
          <input
            id="preview-days"
            inputMode="numeric"
            value={days}
            onChange={(event) => setDays(event.target.value)}
            className={inputClass}
          />
        </div>
        <button type="submit" aria-disabled={pending || undefined} className={compactButtonClass}>
          Create a preview link
        </button>
      </form>
      <p
        role="status"
        className={`text-sm ${message.error ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-300"}`}
      >
        {message.text}
      </p>
      {links.length > 0 && (
        <ul className="space-y-2">
          {links.map((link) => {
            const url = `${siteUrl}/preview/${link.token}`;
            const expires = formatMoment(link.expiresAt, timeZone);
            return (
              <li key={link.token} className="flex flex-wrap items-center gap-2">
                <input
                  readOnly
                  value={url}
                  aria-label={`Preview link, expires ${expires}`}
                  onFocus={(event) => event.target.select()}
                  className={`${inputClass} mt-0 min-w-0 grow font-mono text-xs`}
                />
                <span className="text-sm text-soft">Expires {expires}</span>
                <button
                  type="button"
                  onClick={() => void send(revokePreviewLink, { token: link.token })}
                  aria-label={`Revoke the link that expires ${expires}`}
                  className={quietButtonClass}
                >
                  Revoke
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
