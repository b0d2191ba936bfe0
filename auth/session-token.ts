import "server-only";
import { createDecipheriv, createHash, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * Reads Auth.js's session token: a JWE with `alg: "dir"` and `enc: "A256CBC-HS512"` (RFC 7516,
 * RFC 7518 §5.2), keyed by the secret and the cookie's name (its salt) as Auth.js's own decode
 * derives the key. Read with Node's synchronous crypto: Auth.js's decode goes through WebCrypto,
 * five jobs on libuv's thread pool one after another, and on a busy server each waits for a turn
 * of the event loop (a reader's first request, under the benchmark's writes, waited half a second).
 */

/** Seconds an expiry may have passed and still count, as Auth.js's decode allows. */
const CLOCK_TOLERANCE_S = 15;
const PART = /^[A-Za-z0-9_-]*$/;

type Key = { mac: Buffer; enc: Buffer; kid: string };
const keys = new Map<string, Key>();

/** The derived key (the MAC half, the AES half) and its thumbprint, Auth.js's `kid`. */
function keyFor(secret: string, salt: string): Key {
  const id = `${salt}\n${secret}`;
  let key = keys.get(id);
  if (!key) {
    const info = `Auth.js Generated Encryption Key (${salt})`;
    const raw = Buffer.from(hkdfSync("sha256", secret, salt, info, 64));
    // RFC 7638: the thumbprint of the key as a JWK, by SHA-512 for a 512-bit key.
    const jwk = JSON.stringify({ k: raw.toString("base64url"), kty: "oct" });
    const kid = createHash("sha512").update(jwk).digest("base64url");
    key = { mac: raw.subarray(0, 32), enc: raw.subarray(32), kid };
    keys.set(id, key);
  }
  return key;
}

const isTime = (value: unknown) => value === undefined || typeof value === "number";

/**
 * The token's claims, or null when it is not one this secret and salt made, has been changed, or
 * has expired (`nowS`: seconds since the epoch).
 */
export function readSessionToken(
  token: string,
  secret: string,
  salt: string,
  nowS: number,
): Record<string, unknown> | null {
  const parts = token.split(".");
  if (parts.length !== 5 || !parts.every((part) => PART.test(part))) return null;
  const [header, encryptedKey, iv, ciphertext, tag] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  try {
    const said = JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
    if (said?.alg !== "dir" || said.enc !== "A256CBC-HS512" || encryptedKey !== "") return null;
    if (said.zip !== undefined || said.crit !== undefined) return null;
    const key = keyFor(secret, salt);
    if (said.kid !== undefined && said.kid !== key.kid) return null;

    const aad = Buffer.from(header, "ascii");
    const ivBytes = Buffer.from(iv, "base64url");
    const sealed = Buffer.from(ciphertext, "base64url");
    const tagBytes = Buffer.from(tag, "base64url");
    if (ivBytes.length !== 16 || tagBytes.length !== 32) return null;
    const aadBits = Buffer.alloc(8);
    aadBits.writeBigUInt64BE(BigInt(aad.length * 8));
    const mac = createHmac("sha512", key.mac)
      .update(aad)
      .update(ivBytes)
      .update(sealed)
      .update(aadBits)
      .digest()
      .subarray(0, 32);
    if (!timingSafeEqual(mac, tagBytes)) return null;

    const decipher = createDecipheriv("aes-256-cbc", key.enc, ivBytes);
    const claims: unknown = JSON.parse(
      Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8"),
    );
    if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return null;
    const { exp, nbf, iat } = claims as Record<string, unknown>;
    if (!isTime(exp) || !isTime(nbf) || !isTime(iat)) return null;
    if (typeof exp === "number" && exp <= nowS - CLOCK_TOLERANCE_S) return null;
    if (typeof nbf === "number" && nbf > nowS + CLOCK_TOLERANCE_S) return null;
    return claims as Record<string, unknown>;
  } catch {
    return null;
  }
}
