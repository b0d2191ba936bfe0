import { type SetStateAction, useRef, useState } from "react";
import { FieldErrors, inputClass } from "@/components/forms/form-field";
import { insertImage } from "@/lib/body-images";
import type { TrackRow } from "@/lib/editor-values";
import { BodyImage, type PickedImage } from "./body-image";
import { EditorSection } from "./editor-field";
import { useBodyPreview } from "./use-body-preview";

type Props = {
  reviewId: number | null;
  body: string;
  rows: TrackRow[];
  initialHtml: string;
  /** A new body, or how to change the body as it is by then (an upload that ends later). */
  onBody: (body: SetStateAction<string>) => void;
  onSessionEnded: () => void;
  errors?: string[];
};

const PROSE =
  "prose max-w-prose font-serif prose-stone dark:prose-invert prose-headings:font-serif prose-a:text-accent dark:prose-a:text-night-accent";

/** The review's Markdown beside the page's rendering of it, and the images put into it. */
export function BodyEditor({ reviewId, body, rows, initialHtml, onBody, ...props }: Props) {
  const { onSessionEnded, errors } = props;
  const preview = useBodyPreview(body, rows, initialHtml, onSessionEnded);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const altField = useRef<HTMLInputElement>(null);
  // Where an image goes: the cursor as it was last left. An upload ends after more typing,
  // so it goes into the body as it is then.
  const cursor = useRef<number | null>(null);
  const [picked, setPicked] = useState<PickedImage | null>(null);
  const remember = () => {
    cursor.current = textarea.current?.selectionStart ?? null;
  };
  const insert = (markdown: string) =>
    onBody((text) =>
      insertImage(text, Math.min(cursor.current ?? text.length, text.length), markdown),
    );
  return (
    <EditorSection title="The review" id="body">
      <div className="grid gap-6 xl:grid-cols-2">
        <div>
          <label htmlFor="body" className="block text-sm font-medium">
            Review (Markdown)
          </label>
          <p id="body-hint" className="mt-1 text-sm text-soft">
            **bold**, *italic*, ## a heading, &gt; a quote. A track title in curly quotes, like
            “Kashmir”, links to the track. Paste an image to add it below.
          </p>
          <textarea
            ref={textarea}
            id="body"
            onSelect={remember}
            onBlur={remember}
            onPaste={(event) => {
              const file = [...event.clipboardData.files].find((f) => f.type.startsWith("image/"));
              if (!file) return;
              event.preventDefault();
              remember();
              setPicked({ file, pasted: true });
              altField.current?.focus();
            }}
            rows={22}
            value={body}
            onChange={(event) => onBody(event.target.value)}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby="body-hint body-error"
            className={`${inputClass} font-mono text-sm leading-relaxed`}
          />
          <FieldErrors id="body-error" errors={errors} />
          <BodyImage
            reviewId={reviewId}
            picked={picked}
            onPicked={setPicked}
            altRef={altField}
            onInsert={insert}
            onSessionEnded={onSessionEnded}
          />
        </div>
        <section aria-labelledby="body-preview-heading" className="min-w-0">
          <div className="flex items-baseline justify-between gap-3">
            <h3 id="body-preview-heading" className="text-sm font-medium">
              Preview
            </h3>
            <p role="status" className="text-xs text-soft">
              {preview.updating ? "Updating…" : preview.error}
            </p>
          </div>
          <div className="mt-1 rounded-md border border-dashed border-stone-400 p-4 dark:border-stone-600">
            {body.trim() === "" ? (
              <p className="text-soft">The review’s text shows here as it will on the page.</p>
            ) : (
              // Sanitized by renderReviewMarkdown on the server, as on the public page.
              <div className={PROSE} dangerouslySetInnerHTML={{ __html: preview.html }} />
            )}
          </div>
        </section>
      </div>
    </EditorSection>
  );
}
