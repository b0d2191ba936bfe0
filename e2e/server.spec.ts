import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import type { Browser } from "@playwright/test";
import { MALFORMED_REQUEST } from "../lib/action-state";
import { FORM_LIMIT_BYTES, FORM_TOO_LARGE } from "../lib/request-limits.mjs";
import { REQUEST_ID_HEADER } from "../server/site-server.mjs";
import { actionId } from "./actions";
import { CLUSTER_URLS, E2E_PORT } from "./config";
import { clusterDb, createReader } from "./database";
import { expect, FEATURED, test } from "./fixtures";

// The site's own server (server/start.mjs) runs every instance of the browser tests: the site on
// E2E_PORT as `npm start` serves it by default (HOSTNAME=127.0.0.1, no proxy trusted), and the
// two-instance cluster as if behind a load balancer on this machine (TRUSTED_PROXIES=loopback).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("the site listens only on the address it is given", async () => {
  const reach = (host: string) =>
    new Promise<string>((done) => {
      const socket = connect({ host, port: E2E_PORT });
      socket.once("connect", () => {
        socket.destroy();
        done("answered");
      });
      socket.once("error", (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    });
  expect(await reach("127.0.0.1")).toBe("answered");
  // Also this machine, but not the address the site was told to listen on.
  expect(await reach("127.0.0.2")).toBe("ECONNREFUSED");
});

test("every answer carries a request id of its own, never one the client chose", async ({
  request,
}) => {
  const ids = new Set<string>();
  for (const path of ["/", "/", `/reviews/${FEATURED.slug}`, "/no-such-page", "/api/viewer"]) {
    const response = await request.get(path, { headers: { [REQUEST_ID_HEADER]: "chosen" } });
    const id = response.headers()[REQUEST_ID_HEADER] ?? "";
    expect(id, path).toMatch(UUID);
    ids.add(id);
  }
  expect(ids.size).toBe(5);
});

/** Sends `total` bytes as a chunked body (no Content-Length), as a script can. */
function postChunked(path: string, headers: Record<string, string>, total: number) {
  return new Promise<{ status: number; text: string }>((done, fail) => {
    const req = httpRequest(
      `http://127.0.0.1:${E2E_PORT}${path}`,
      { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => done({ status: res.statusCode!, text }));
      },
    );
    req.on("error", fail);
    const piece = Buffer.alloc(64 * 1024, "[");
    let sent = 0;
    const write = () => {
      while (sent < total) {
        const part = piece.subarray(0, Math.min(piece.length, total - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

test("a body over the limit is refused 413 when sent in chunks without a length", async () => {
  const signIn = actionId("app/(auth)/sign-in/actions.ts", "signInWithPassword");
  const headers = { "next-action": signIn, "content-type": "text/plain;charset=UTF-8" };
  const answer = await postChunked("/sign-in", headers, 4 * 1024 * 1024);
  expect(answer).toEqual({ status: 413, text: FORM_TOO_LARGE });
  // One just under the limit reaches the site, which reads it whole.
  const under = await postChunked("/sign-in", headers, FORM_LIMIT_BYTES - 1024);
  expect(under).toEqual({ status: 400, text: MALFORMED_REQUEST });
});

/** A browser context that speaks to the cluster as its trusted proxy would, for `caller`. */
async function behindTheProxy(browser: Browser, caller: string) {
  const context = await browser.newContext({
    // A client's own entry first, then the address the proxy saw: only that one counts.
    extraHTTPHeaders: { "x-forwarded-for": `192.0.2.66, ${caller}` },
  });
  return context.newPage();
}

test("behind a proxy the operator trusts, its word for the caller, protocol and request id is taken", async ({
  browser,
  request,
}) => {
  const [A] = CLUSTER_URLS;
  const proxied = await request.get(`${A}/`, {
    headers: { "x-forwarded-proto": "https", [REQUEST_ID_HEADER]: "lb-7f3a" },
  });
  expect(proxied.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
  expect(proxied.headers()[REQUEST_ID_HEADER]).toBe("lb-7f3a");

  // Wrong passwords forwarded for one caller lock that caller, not another behind the same proxy.
  const reader = await createReader("proxied", clusterDb());
  const guesser = await behindTheProxy(browser, "198.51.100.7");
  await guesser.goto(`${A}/sign-in`);
  await guesser.getByLabel("Email").fill(reader.email);
  for (let i = 0; i < 5; i++) {
    await guesser.getByLabel("Password").fill(`guess number ${i}`);
    await guesser.getByRole("button", { name: "Sign in" }).click();
    await expect(guesser.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await guesser.getByLabel("Password").fill(reader.password);
  await guesser.getByRole("button", { name: "Sign in" }).click();
  await expect(guesser.getByText(/Too many failed attempts/)).toBeVisible();

  const owner = await behindTheProxy(browser, "198.51.100.8");
  await owner.goto(`${A}/sign-in`);
  await owner.getByLabel("Email").fill(reader.email);
  await owner.getByLabel("Password").fill(reader.password);
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(owner.getByRole("button", { name: "Sign out" })).toBeVisible();
  await guesser.context().close();
  await owner.context().close();
});
