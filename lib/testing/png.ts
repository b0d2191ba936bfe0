import { crc32, deflateSync } from "node:zlib";

/** A real PNG of the given size (black pixels), for the cover's tests in Node and in the browser. */
export function png(width: number, height: number): Uint8Array<ArrayBuffer> {
  const be32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const chunk = (type: string, data: Buffer) => {
    const named = Buffer.concat([Buffer.from(type, "latin1"), data]);
    return Buffer.concat([be32(data.length), named, be32(crc32(named))]);
  };
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", Buffer.concat([be32(width), be32(height), Buffer.from([8, 2, 0, 0, 0])])),
      chunk("IDAT", deflateSync(Buffer.alloc(height * (width * 3 + 1)))),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}
