import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CROSS_SITE_FORM, MALFORMED_REQUEST } from "@/lib/request-limits.mjs";
import { parseTrustedProxies } from "@/lib/trusted-proxies.mjs";
import { isAction, isCrossSite, isUnreadable } from "./action-requests.mjs";
import { createSiteServer } from "./site-server.mjs";

const boundary = "----unitBoundary7MA4YWxk";
const multipart = `multipart/form-data; boundary=${boundary}`;
const part = (name: string, value: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const whole = `${part("1_email", "someone@unit.test")}${part("0", '["$K1"]')}--${boundary}--\r\n`;

describe("what Next reads as an action", () => {
  it("is a POST from a script, or a multipart form sent without one", () => {
    const post = (headers: Record<string, string>, url = "/sign-in") =>
      isAction({ method: "POST", url, headers });
    expect(post({ "next-action": "7f00" })).toBe(true);
    expect(post({ "content-type": multipart })).toBe(true);
    expect(post({ "content-type": "application/x-www-form-urlencoded" })).toBe(false);
    expect(isAction({ method: "GET", url: "/", headers: { "next-action": "7f00" } })).toBe(false);
  });

  it("is never the one-click unsubscribe, which mail providers POST from anywhere", () => {
    const url = "/newsletter/abc.def/unsubscribe?List-Unsubscribe=One-Click";
    expect(isAction({ method: "POST", url, headers: { "content-type": multipart } })).toBe(false);
    // Called as an action by a page of the site, it is one.
    expect(isAction({ method: "POST", url, headers: { "next-action": "7f00" } })).toBe(true);
  });
});

describe("an action from another site", () => {
  it("is one whose Origin names another host, or none that can be read", () => {
    const host = "reviews.example";
    expect(isCrossSite({ host, origin: "https://reviews.example" })).toBe(false);
    expect(isCrossSite({ host })).toBe(false);
    for (const origin of ["https://elsewhere.example", "null", "not a url"]) {
      expect(isCrossSite({ host, origin }), origin).toBe(true);
    }
  });

  it("is judged by the host a trusted proxy forwarded, when there is one", () => {
    const headers = { host: "127.0.0.1:3000", "x-forwarded-host": "reviews.example" };
    expect(isCrossSite({ ...headers, origin: "https://reviews.example" })).toBe(false);
    expect(isCrossSite({ ...headers, origin: "http://127.0.0.1:3000" })).toBe(true);
  });
});

describe("an action's body", () => {
  const unreadable = (contentType: string, body: string) =>
    isUnreadable(contentType, Buffer.from(body));

  it("is readable as a whole multipart form, or as React's JSON arguments", async () => {
    expect(await unreadable(multipart, whole)).toBe(false);
    expect(await unreadable("text/plain;charset=UTF-8", '[{"status":"idle"},"$K1"]')).toBe(false);
    expect(await unreadable("application/json", '{"email":"someone@unit.test"}')).toBe(false);
  });

  it("is unreadable cut short, without parts, or as anything React cannot decode", async () => {
    expect(await unreadable(multipart, whole.slice(0, whole.length - 40))).toBe(true);
    expect(await unreadable(multipart, `--${boundary}\r\nContent-Disposi`)).toBe(true);
    expect(await unreadable(multipart, "email=someone@unit.test")).toBe(true);
    for (const body of ['"a string"', "42", "null", "not json"]) {
      expect(await unreadable("text/plain;charset=UTF-8", body), body).toBe(true);
    }
  });
});

describe("the site's server, given an action", () => {
  const handed: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createSiteServer({
      trust: parseTrustedProxies(undefined),
      handle: async (req, res) => {
        let body = "";
        for await (const chunk of req) body += chunk;
        handed.push(body);
        res.end("handled");
      },
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const post = (headers: Record<string, string>, body: string) =>
    fetch(`${base}/sign-in`, { method: "POST", headers, body }).then(async (answer) => ({
      status: answer.status,
      text: await answer.text(),
    }));

  it("refuses one from another site or one it cannot read, and never hands it on", async () => {
    handed.length = 0;
    const action = { "content-type": multipart, "next-action": "7f00" };
    expect(await post({ ...action, origin: "https://elsewhere.example" }, whole)).toEqual({
      status: 403,
      text: CROSS_SITE_FORM,
    });
    expect(await post(action, whole.slice(0, 60))).toEqual({
      status: 400,
      text: MALFORMED_REQUEST,
    });
    expect(handed).toEqual([]);
  });

  it("hands a readable one on with its body whole", async () => {
    handed.length = 0;
    const answer = await post({ "content-type": multipart, origin: base }, whole);
    expect(answer).toEqual({ status: 200, text: "handled" });
    expect(handed).toEqual([whole]);
  });
});
