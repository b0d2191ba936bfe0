import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sniffImage } from "./image-sniff";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const be16 = (n: number) => [(n >> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >> 8) & 255];
const le24 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255];

/** A complete PNG, one orange pixel per row. */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: number[]) => [
    ...be32(data.length),
    ...bytes(type),
    ...data,
    0,
    0,
    0,
    0,
  ];
  const rows = Array.from({ length: height }, () => [
    0,
    ...Array(width).fill([255, 128, 0]).flat(),
  ]);
  const pixels = [...deflateSync(Buffer.from(rows.flat()))];
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk("IHDR", [...be32(width), ...be32(height), 8, 2, 0, 0, 0]),
    chunk("IDAT", pixels),
    chunk("IEND", []),
  );
}

describe("sniffImage", () => {
  it("reads a PNG's type and size from its bytes", () => {
    expect(sniffImage(png(64, 48))).toEqual({ contentType: "image/png", width: 64, height: 48 });
  });

  it("reads a JPEG's size from its frame header, past the segments before it", () => {
    const jpeg = bytes(
      [0xff, 0xd8, 0xff, 0xe0, ...be16(16)],
      "JFIF",
      [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
      [0xff, 0xdb, ...be16(4), 0, 0],
      [0xff, 0xc2, ...be16(17), 8, ...be16(300), ...be16(500), 3],
    );
    expect(sniffImage(jpeg)).toEqual({ contentType: "image/jpeg", width: 500, height: 300 });
  });

  it("reads each kind of WebP", () => {
    const riff = (chunk: string, data: number[]) =>
      bytes("RIFF", be32(0), "WEBP", chunk, le24(data.length), [0], data, Array(8).fill(0));
    const lossy = riff("VP8 ", [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(320), ...le16(200)]);
    expect(sniffImage(lossy)).toEqual({ contentType: "image/webp", width: 320, height: 200 });
    const bits = (99 & 0x3fff) | ((49 & 0x3fff) << 14);
    const lossless = riff("VP8L", [
      0x2f,
      bits & 255,
      (bits >> 8) & 255,
      (bits >> 16) & 255,
      bits >>> 24,
    ]);
    expect(sniffImage(lossless)).toEqual({ contentType: "image/webp", width: 100, height: 50 });
    const extended = riff("VP8X", [0, 0, 0, 0, ...le24(1199), ...le24(799)]);
    expect(sniffImage(extended)).toEqual({ contentType: "image/webp", width: 1200, height: 800 });
  });

  it("reads both kinds of GIF", () => {
    for (const version of ["GIF87a", "GIF89a"]) {
      const gif = bytes(version, le16(16), le16(9), [0, 0, 0], [0x3b]);
      expect(sniffImage(gif)).toEqual({ contentType: "image/gif", width: 16, height: 9 });
    }
  });

  it("goes by the bytes, not the name: a PNG called cover.jpg is a PNG", () => {
    const file = new File([png(2, 2).slice().buffer as ArrayBuffer], "cover.jpg", {
      type: "image/jpeg",
    });
    return file.arrayBuffer().then((buffer) => {
      expect(sniffImage(new Uint8Array(buffer))?.contentType).toBe("image/png");
    });
  });

  it("refuses a text file called cover.png, and anything cut short or empty", () => {
    expect(sniffImage(bytes("This is not a picture, whatever its name says.\n"))).toBeNull();
    expect(sniffImage(bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffImage(png(4, 4).slice(0, 12))).toBeNull();
    expect(sniffImage(bytes([0xff, 0xd8, 0xff]))).toBeNull();
    expect(sniffImage(bytes("RIFF", be32(0), "WAVEfmt "))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });

  it("refuses an image that claims no pixels", () => {
    expect(sniffImage(png(0, 10))).toBeNull();
  });
});
