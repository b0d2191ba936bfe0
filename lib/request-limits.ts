/** The most a form may send: a cover of up to 2 MB (lib/image-sniff.ts) with the form around it. */
export const FORM_LIMIT_MB = 3;
export const FORM_LIMIT_BYTES = FORM_LIMIT_MB * 1024 * 1024;

export const FORM_TOO_LARGE = `That form is larger than ${FORM_LIMIT_MB} MB, so it was not sent. Shorten the text or choose a smaller file, then try again.`;

/**
 * A request's body as text, or null once it passes `maxBytes`: read as it streams in, so a body
 * sent without a length (chunked) is cut off there too rather than read whole.
 */
export async function readBodyUpTo(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
