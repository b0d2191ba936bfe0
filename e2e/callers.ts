import { connect, createServer, type AddressInfo, type Socket } from "node:net";
import type { Browser, BrowserContext } from "@playwright/test";
import { BASE_URL } from "./config";

// The site knows a caller by the socket's address, whatever the headers say. Every address in
// 127/8 is this machine's own, so a test speaks from addresses of its own through a small SOCKS5
// proxy that opens its connections from one of them: the tests never throttle one another, and
// the site sees real sockets from real addresses.

let next = 0;

/** An address in 127/8 that no other test of this run speaks from (never 127.0.0.1). */
export function freshAddress(): string {
  // 239 × 65,536 addresses: the second byte stays within 16–254.
  const n = ((process.pid % 4000) * 4096 + next++) % (239 * 65_536);
  return `127.${16 + Math.floor(n / 65536)}.${Math.floor(n / 256) % 256}.${(n % 254) + 1}`;
}

/** SOCKS5 without authentication: CONNECT to an IPv4 address or a name, nothing else. */
function relay(client: Socket, from: string) {
  let buffer = Buffer.alloc(0);
  let greeted = false;
  const refuse = () => client.end(Buffer.from([5, 1, 0, 1, 0, 0, 0, 0, 0, 0]));
  const onData = (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (!greeted) {
      if (buffer.length < 2 || buffer.length < 2 + buffer[1]!) return;
      buffer = buffer.subarray(2 + buffer[1]!);
      greeted = true;
      client.write(Buffer.from([5, 0]));
    }
    if (buffer.length < 5) return;
    const [, command, , type, length] = buffer;
    if (command !== 1 || (type !== 1 && type !== 3)) return refuse();
    const end = type === 1 ? 8 : 5 + length!;
    if (buffer.length < end + 2) return;
    const host =
      type === 1 ? [...buffer.subarray(4, 8)].join(".") : buffer.subarray(5, end).toString();
    const port = buffer.readUInt16BE(end);
    const rest = buffer.subarray(end + 2);
    client.off("data", onData);
    const upstream = connect({ host, port, localAddress: from }, () => {
      client.write(Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0]));
      upstream.write(rest);
      client.pipe(upstream).pipe(client);
    });
    upstream.on("error", () => (upstream.connecting ? refuse() : client.destroy()));
    client.on("close", () => upstream.destroy());
  };
  client.on("data", onData);
  client.on("error", () => client.destroy());
}

/** A SOCKS5 proxy on 127.0.0.1 whose connections to the site leave from `from`. */
async function startRelay(from: string) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    relay(client, from);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `socks5://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      sockets.forEach((socket) => socket.destroy());
      server.close();
    },
  };
}

/**
 * A browser context whose every connection (pages, and `context.request`) reaches the site from
 * `from`; with `headers`, each request also carries them, as a client may send anything.
 */
export async function contextFrom(
  browser: Browser,
  from: string,
  headers?: Record<string, string>,
): Promise<BrowserContext> {
  const relayed = await startRelay(from);
  const context = await browser.newContext({
    baseURL: BASE_URL,
    proxy: { server: relayed.url },
    extraHTTPHeaders: headers,
  });
  context.on("close", () => relayed.close());
  return context;
}
