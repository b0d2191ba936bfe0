import { useState } from "react";
import {
  createPreviewLink,
  type PreviewLinksData,
  revokePreviewLink,
} from "@/app/admin/reviews/share-actions";
import { compactButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { inputClass } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import type { ActionState } from "@/lib/action-state";
import { PREVIEW_LINK_DAYS } from "@/lib/editor-schemas";
import type { PreviewLinkItem } from "@/lib/editor-values";
import { useEditorAction } from "./use-editor-action";
import { formatMoment } from "./when";

type Props = {
  reviewId: number;
  links: PreviewLinkItem[];
  siteUrl: string;
  timeZone: string;
  onSessionEnded: () => void;
};

type LinksAction = (
  previous: never,
  form: FormData,
) => Promise<ActionState<string, PreviewLinksData>>;

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
  const sent = useEditorAction("The site could not be reached. Try again.", onSessionEnded);
  const { pending, outcome } = sent;

  const send = async (action: LinksAction, fields: Record<string, string>) => {
    const state = await sent.send(action, { reviewId: String(reviewId), ...fields });
    if (state?.data) setLinks(state.data.links);
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
      <ActionStatus state={outcome} />
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
