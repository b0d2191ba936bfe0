import { createCipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { readSessionToken } = await import("./session-token");

const secret = "a-test-secret-that-is-long-enough-0123456789";
const salt = "authjs.session-token";
const now = () => Date.now() / 1000;
const claims = { sub: "user-1", sid: "session-1", name: "Ada" };

/** One character of the token's `part`-th part changed (not the padding-free last one). */
function tampered(token: string, part: number): string {
  const parts = token.split(".");
  const text = parts[part]!;
  const at = Math.floor(text.length / 2);
  parts[part] = text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);
  return parts.join(".");
}

/** A token sealed by hand with Auth.js's key, its header and plaintext as given. */
function sealed(header: object, plaintext: string): string {
  const key = Buffer.from(
    hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64),
  );
  const head = Buffer.from(JSON.stringify(header)).toString("base64url");
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", key.subarray(32), iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const bits = Buffer.alloc(8);
  bits.writeBigUInt64BE(BigInt(head.length * 8));
  const mac = createHmac("sha512", key.subarray(0, 32))
    .update(head)
    .update(iv)
    .update(body)
    .update(bits)
    .digest()
    .subarray(0, 32);
  const encoded = [iv, body, mac].map((bytes) => bytes.toString("base64url"));
  return [head, "", ...encoded].join(".");
}

describe("readSessionToken", () => {
  it("reads a token Auth.js made as Auth.js's own decode does", async () => {
    const token = await encode({ token: claims, secret, salt });
    const read = readSessionToken(token, secret, salt, now());
    expect(read).toEqual(await decode({ token, secret, salt }));
    expect(read).toMatchObject(claims);
  });

  it("refuses a token made with another secret or for the other cookie name", async () => {
    const token = await encode({ token: claims, secret, salt });
    expect(readSessionToken(token, `${secret}-rotated`, salt, now())).toBeNull();
    expect(readSessionToken(token, secret, `__Secure-${salt}`, now())).toBeNull();
  });

  it("refuses a token changed in any part, as Auth.js does", async () => {
    const token = await encode({ token: claims, secret, salt });
    for (const part of [0, 2, 3, 4]) {
      const changed = tampered(token, part);
      expect(readSessionToken(changed, secret, salt, now()), `part ${part}`).toBeNull();
      await expect(decode({ token: changed, secret, salt })).rejects.toThrow();
    }
    expect(readSessionToken(`${token}x`, secret, salt, now())).toBeNull();
    expect(readSessionToken(token.replace(/\.[^.]*$/, ".!!!"), secret, salt, now())).toBeNull();
  });

  it("refuses an expired token, past Auth.js's 15 seconds of tolerance only", async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 60 });
    const { exp } = readSessionToken(token, secret, salt, now()) as { exp: number };
    expect(readSessionToken(token, secret, salt, exp + 14)).not.toBeNull();
    expect(readSessionToken(token, secret, salt, exp + 15)).toBeNull();
  });

  it("refuses what is not such a token: garbage, a signed JWT, another algorithm", () => {
    for (const token of ["", "abc", "a.b.c", "....", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."]) {
      expect(readSessionToken(token, secret, salt, now()), token).toBeNull();
    }
    const json = JSON.stringify(claims);
    expect(
      readSessionToken(sealed({ alg: "dir", enc: "A256CBC-HS512" }, json), secret, salt, now()),
    ).toMatchObject(claims);
    for (const header of [
      { alg: "dir", enc: "A128CBC-HS256" },
      { alg: "none", enc: "A256CBC-HS512" },
      { alg: "dir", enc: "A256CBC-HS512", zip: "DEF" },
      { alg: "dir", enc: "A256CBC-HS512", kid: "another key" },
    ]) {
      expect(
        readSessionToken(sealed(header, json), secret, salt, now()),
        JSON.stringify(header),
      ).toBeNull();
    }
    for (const plaintext of ["not json", "[1]", '{"exp":"tomorrow"}', "null"]) {
      expect(
        readSessionToken(
          sealed({ alg: "dir", enc: "A256CBC-HS512" }, plaintext),
          secret,
          salt,
          now(),
        ),
      ).toBeNull();
    }
  });
});
