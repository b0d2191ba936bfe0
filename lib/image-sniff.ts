/** Covers are checked by their bytes, never by their name or the type the browser claims. */

export const MAX_COVER_BYTES = 2 * 1024 * 1024;
/** The same limit as the messages say it. */
export const MAX_IMAGE_MB = MAX_COVER_BYTES / (1024 * 1024);
export type SniffedImage = {
  contentType: "image/jpeg" | "image/png" | "image/webp" | "image/gif";
  width: number;
  height: number;
};

export const COVER_TOO_LARGE = `The cover must be ${MAX_IMAGE_MB} MB or smaller.`;
export const NOT_AN_IMAGE =
  "That file is not a JPEG, PNG, WebP or GIF image. Choose the album cover as an image file.";

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  bytes.length >= at + text.length &&
  [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function png(bytes: Uint8Array): SniffedImage | null {
  if (!startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return null;
  if (bytes.length < 24 || !ascii(bytes, 12, "IHDR")) return null;
  const data = view(bytes);
  return { contentType: "image/png", width: data.getUint32(16), height: data.getUint32(20) };
}

function gif(bytes: Uint8Array): SniffedImage | null {
  if (!(ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")) || bytes.length < 10) return null;
  const data = view(bytes);
  return {
    contentType: "image/gif",
    width: data.getUint16(6, true),
    height: data.getUint16(8, true),
  };
}

// Start-of-frame markers carry the size: C0–CF but C4 (Huffman tables), C8 and CC.
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpeg(bytes: Uint8Array): SniffedImage | null {
  if (!startsWith(bytes, [0xff, 0xd8, 0xff])) return null;
  const data = view(bytes);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes, and markers that stand alone without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      at += 2;
      continue;
    }
    const length = data.getUint16(at + 2);
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return null;
      return {
        contentType: "image/jpeg",
        height: data.getUint16(at + 5),
        width: data.getUint16(at + 7),
      };
    }
    at += 2 + length;
  }
  return null;
}

function webp(bytes: Uint8Array): SniffedImage | null {
  if (!ascii(bytes, 0, "RIFF") || !ascii(bytes, 8, "WEBP") || bytes.length < 30) return null;
  const data = view(bytes);
  const image = (width: number, height: number): SniffedImage => ({
    contentType: "image/webp",
    width,
    height,
  });
  if (ascii(bytes, 12, "VP8 ")) {
    // A lossy key frame: its start code, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
    return image(data.getUint16(26, true) & 0x3fff, data.getUint16(28, true) & 0x3fff);
  }
  if (ascii(bytes, 12, "VP8L")) {
    if (bytes[20] !== 0x2f) return null;
    const bits = data.getUint32(21, true);
    return image((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (ascii(bytes, 12, "VP8X")) {
    const width = bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16);
    const height = bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16);
    return image(width + 1, height + 1);
  }
  return null;
}

/** The image's type and size from its first bytes, or null when it is none of the four. */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  const found = png(bytes) ?? jpeg(bytes) ?? webp(bytes) ?? gif(bytes);
  return found && found.width > 0 && found.height > 0 ? found : null;
}

export type CheckedImage = { ok: true; image: SniffedImage } | { ok: false; message: string };

/** Bytes checked as every stored image is: at most MAX_COVER_BYTES, then an image by its bytes. */
function checkImage(bytes: Uint8Array, messages: Omit<UploadMessages, "missing">): CheckedImage {
  if (bytes.byteLength > MAX_COVER_BYTES) return { ok: false, message: messages.tooLarge };
  const image = sniffImage(bytes);
  return image ? { ok: true, image } : { ok: false, message: messages.notImage };
}

/** What an upload of a stored image is refused with. */
export type UploadMessages = { missing: string; tooLarge: string; notImage: string };

export const COVER_MESSAGES: UploadMessages = {
  missing: "Choose the cover image first.",
  tooLarge: COVER_TOO_LARGE,
  notImage: NOT_AN_IMAGE,
};

/** A cover as the site takes one, uploaded or imported. */
export const checkCover = (bytes: Uint8Array): CheckedImage => checkImage(bytes, COVER_MESSAGES);

export const IMAGE_TOO_LARGE = `The image must be ${MAX_IMAGE_MB} MB or smaller.`;

export const BODY_IMAGE_MESSAGES: UploadMessages = {
  missing: "Choose or paste an image first.",
  tooLarge: IMAGE_TOO_LARGE,
  notImage: "That file is not a JPEG, PNG, WebP or GIF image. Choose an image file.",
};

/** An image of a review's body as the site takes one, from an imported file. */
export const checkBodyImage = (bytes: Uint8Array): CheckedImage =>
  checkImage(bytes, BODY_IMAGE_MESSAGES);

/** A chosen file before its bytes are read: there is one, and no larger than the site takes. */
export function checkChosenFile(
  file: unknown,
  messages: UploadMessages,
): { file: File } | { refused: string } {
  if (!(file instanceof File) || file.size === 0) return { refused: messages.missing };
  if (file.size > MAX_COVER_BYTES) return { refused: messages.tooLarge };
  return { file };
}

/** An uploaded file checked as every stored image is (checkImage). */
export async function checkImageFile(
  file: unknown,
  messages: UploadMessages,
): Promise<{ image: SniffedImage; bytes: Buffer } | { refused: string }> {
  const chosen = checkChosenFile(file, messages);
  if ("refused" in chosen) return chosen;
  const bytes = Buffer.from(await chosen.file.arrayBuffer());
  const checked = checkImage(bytes, messages);
  return checked.ok ? { image: checked.image, bytes } : { refused: checked.message };
}
