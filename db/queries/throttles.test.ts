import { describe, expect, it } from "vitest";
import {
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_EMAIL,
  SIGN_UP_PER_ADDRESS,
  signInKeys,
  signUpKey,
} from "@/lib/auth/sign-in-policy";
import { openTestDatabase } from "../testing";

await openTestDatabase({ seed: false });
const { clearThrottle, getThrottleLock, recordThrottleHits, takeThrottleHit } =
  await import("./throttles");

async function failSignIn(address: string, email: string) {
  const keys = signInKeys(address, email);
  await recordThrottleHits([
    [keys.pair, SIGN_IN_PER_EMAIL],
    [keys.address, SIGN_IN_PER_ADDRESS],
  ]);
}

const locked = (address: string, email: string) => {
  const keys = signInKeys(address, email);
  return getThrottleLock([keys.pair, keys.address]);
};

describe("sign-in throttling", () => {
  it("locks an email from the address that failed, not from another address", async () => {
    for (let i = 1; i < SIGN_IN_PER_EMAIL.maxHits; i++)
      await failSignIn("203.0.113.1", "Owner@x.test");
    expect(await locked("203.0.113.1", "owner@x.test")).toBeNull();
    await failSignIn("203.0.113.1", "owner@x.test");
    const until = await locked("203.0.113.1", "OWNER@x.test");
    expect(until!.getTime() - Date.now()).toBeGreaterThan(
      (SIGN_IN_PER_EMAIL.lockSeconds - 5) * 1000,
    );
    expect(await locked("198.51.100.7", "owner@x.test")).toBeNull();
  });

  it("locks an address that sprays many emails, for every email", async () => {
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.maxHits; i++) {
      expect(await locked("203.0.113.9", `victim${i}@x.test`)).toBeNull();
      await failSignIn("203.0.113.9", `victim${i}@x.test`);
    }
    expect(await locked("203.0.113.9", "someone-new@x.test")).not.toBeNull();
    expect(await locked("198.51.100.8", "someone-new@x.test")).toBeNull();
  });

  it("forgets a pair's failures after a sign-in, but not the address's", async () => {
    for (let i = 1; i < SIGN_IN_PER_EMAIL.maxHits; i++)
      await failSignIn("203.0.113.2", "me@x.test");
    await clearThrottle(signInKeys("203.0.113.2", "me@x.test").pair);
    await failSignIn("203.0.113.2", "me@x.test");
    expect(await locked("203.0.113.2", "me@x.test")).toBeNull();
  });
});

describe("sign-up throttling", () => {
  it("allows a number of accounts per address, then locks that address only", async () => {
    const key = signUpKey("203.0.113.3");
    for (let i = 0; i < SIGN_UP_PER_ADDRESS.maxHits; i++) {
      expect(await takeThrottleHit(key, SIGN_UP_PER_ADDRESS)).toBeNull();
    }
    expect(await getThrottleLock([key])).not.toBeNull();
    expect(await takeThrottleHit(key, SIGN_UP_PER_ADDRESS)).not.toBeNull();
    expect(await getThrottleLock([signUpKey("203.0.113.4")])).toBeNull();
  });
});
