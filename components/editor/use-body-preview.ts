import { useEffect, useState } from "react";
import { renderBodyPreview } from "@/app/admin/reviews/actions";
import type { TrackRow } from "@/lib/editor-values";
import { sendEditorAction } from "./send-action";

const DELAY_MS = 400;
const OFFLINE = "The preview could not be updated; check the connection.";
const WHOLE = /^[1-9]\d*$/;

/** The titles the body's quotes may link to: the rows complete enough to have an anchor. */
function trackTitles(rows: TrackRow[]): string {
  const titled = rows.filter((r) => WHOLE.test(r.disc) && WHOLE.test(r.position) && r.title.trim());
  return JSON.stringify(
    titled.map((r) => ({ disc: r.disc, position: r.position, title: r.title })),
  );
}

/**
 * The body rendered by the public page's own renderer, on the server, a moment after the typing
 * stops: quoted track titles link as they will on the page.
 */
export function useBodyPreview(
  body: string,
  rows: TrackRow[],
  initialHtml: string,
  onSessionEnded: () => void,
) {
  const titles = trackTitles(rows);
  const key = `${titles}\n${body}`;
  const [preview, setPreview] = useState({ key, html: initialHtml, error: "" });
  useEffect(() => {
    if (key === preview.key) return;
    let current = true;
    const timer = setTimeout(async () => {
      const fields = { body, tracks: titles };
      const state = await sendEditorAction(renderBodyPreview, fields, {
        offline: OFFLINE,
        onSessionEnded,
      });
      if (!current || !state) return;
      if (state.status === "ok" && state.data) {
        setPreview({ key, html: state.data.html, error: "" });
      } else {
        const error = state.message || OFFLINE;
        setPreview((shown) => ({ ...shown, key, error }));
      }
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, preview.key, body, titles, onSessionEnded]);
  return { html: preview.html, error: preview.error, updating: key !== preview.key };
}
