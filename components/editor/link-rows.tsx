import { quietButtonClass } from "@/components/forms/button-styles";
import { FieldErrors, inputClass } from "@/components/forms/form-field";
import { type LinkRow, newRowKey, type TrackRow } from "@/lib/editor-values";
import { EditorSection } from "./editor-field";
import { WrappingField } from "./wrapping-field";

type Props = {
  links: LinkRow[];
  tracks: TrackRow[];
  onLinks: (links: LinkRow[]) => void;
  errors?: string[];
};

/** Streaming or store pages for the album or one of its tracks: plain links on the review. */
export function LinkRows({ links, tracks, onLinks, errors }: Props) {
  const set = (index: number, patch: Partial<LinkRow>) =>
    onLinks(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  const add = () => onLinks([...links, { key: newRowKey("l"), track: "", label: "", url: "" }]);
  return (
    <EditorSection title="Listening links" id="links">
      <p className="text-sm text-soft">
        Where to hear it. They show on the review as plain links: no player or script of theirs.
      </p>
      {links.length > 0 && (
        <ol className="space-y-3">
          {links.map((link, i) => {
            const n = i + 1;
            return (
              <li
                key={link.key}
                className="grid items-start gap-2 lg:grid-cols-[minmax(0,12rem)_minmax(0,1fr)_minmax(0,1.5fr)_auto]"
              >
                <select
                  aria-label={`What link ${n} is for`}
                  value={link.track}
                  onChange={(e) => set(i, { track: e.target.value })}
                  className={`${inputClass} mt-0`}
                >
                  <option value="">The album</option>
                  {tracks.map((track, t) => (
                    <option key={track.key} value={track.key}>
                      Track {t + 1}
                      {track.title ? `: ${track.title}` : ""}
                    </option>
                  ))}
                  {link.track !== "" && !tracks.some((t) => t.key === link.track) && (
                    <option value={link.track}>A track no longer in the list</option>
                  )}
                </select>
                {/* Shown whole, wrapping when long: "Apple Music (Deluxe Edition, 2018)". */}
                <WrappingField
                  aria-label={`Label of link ${n}`}
                  placeholder="Bandcamp, Spotify, Apple Music…"
                  value={link.label}
                  onChange={(label) => set(i, { label })}
                  className={`${inputClass} mt-0`}
                />
                <input
                  aria-label={`Address of link ${n}`}
                  type="url"
                  placeholder="https://"
                  value={link.url}
                  onChange={(e) => set(i, { url: e.target.value })}
                  className={`${inputClass} mt-0`}
                />
                <button
                  type="button"
                  onClick={() => onLinks(links.filter((_, j) => j !== i))}
                  aria-label={`Remove link ${n}${link.label ? ` (${link.label})` : ""}`}
                  className={`${quietButtonClass} justify-self-start`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" onClick={add} className={quietButtonClass}>
        Add a link
      </button>
      <FieldErrors id="links-error" errors={errors} />
    </EditorSection>
  );
}
