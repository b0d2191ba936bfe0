import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

let connections = 0;
const received: string[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  closeTimeout: 100, // the transport's pooled connection stays open: don't wait for it
  onConnect(_session, callback) {
    connections += 1;
    callback();
  },
  onData(stream, session, callback) {
    stream.on("end", () => {
      received.push(...session.envelope.rcptTo.map((r) => r.address));
      callback();
    });
    stream.resume();
  },
});

beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("sendMail through SMTP_URL, against a real SMTP server", () => {
  it("keeps its connections: ten messages one after another go over one", async () => {
    const { port } = server.server.address() as AddressInfo;
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
    vi.resetModules();
    const { sendMail } = await import("./send");
    const to = Array.from({ length: 10 }, (_, i) => `pool${i}@example.test`);
    for (const address of to) await sendMail({ to: address, subject: "Hi", text: "Hello" });
    expect(received).toEqual(to);
    expect(connections).toBe(1);
  });
});
