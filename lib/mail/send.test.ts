import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readOutbox } from "./outbox";
import { SMTP_POOL } from "./send";

const { createTransport, smtpSend } = vi.hoisted(() => {
  const smtpSend = vi.fn(async () => ({}));
  return { smtpSend, createTransport: vi.fn(() => ({ sendMail: smtpSend })) };
});
vi.mock("nodemailer", () => ({ default: { createTransport } }));

async function loadSendMail(vars: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return (await import("./send")).sendMail;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.clearAllMocks();
});

const mail = { to: "tess@example.test", subject: "Hello", text: "Open this link" };
/** The pool's settings; its socket maker is the freshly imported module's own. */
const pool = { ...SMTP_POOL, getSocket: expect.any(Function) };

describe("sendMail without SMTP", () => {
  it("writes each message to the outbox as a JSON file of its own, and nothing else", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "es-outbox-")), "outbox");
    const sendMail = await loadSendMail({ MAIL_OUTBOX_DIR: dir, SITE_URL: "https://es.example" });
    await sendMail(mail);
    const headers = { "List-Unsubscribe": "<https://es.example/u>" };
    await sendMail({ ...mail, subject: "Second", html: "<p>Open</p>", headers });
    const files = readdirSync(dir);
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith(".json") && !f.startsWith("."))).toBe(true);
    const [first, second] = await readOutbox(dir);
    expect(first).toEqual({
      ...mail,
      from: "Exploring Soundtracks <no-reply@es.example>",
      date: expect.any(String),
    });
    expect(second).toMatchObject({ subject: "Second", html: "<p>Open</p>", headers });
    expect(createTransport).not.toHaveBeenCalled();
  });

  it("reads an outbox not yet created as empty", async () => {
    expect(await readOutbox(join(tmpdir(), `es-none-${Date.now()}`))).toEqual([]);
  });
});

describe("sendMail with SMTP", () => {
  it("sends through SMTP_URL, from MAIL_FROM, and writes no file", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "es-outbox-")), "outbox");
    const sendMail = await loadSendMail({
      MAIL_OUTBOX_DIR: dir,
      SMTP_URL: "smtp://user:pass@mail.example:587",
      MAIL_FROM: "Editors <editors@es.example>",
    });
    await sendMail(mail);
    // Its parts, not the url itself: given a url, nodemailer ignores every other option (the pool).
    expect(createTransport).toHaveBeenCalledWith({
      host: "mail.example",
      port: 587,
      secure: false,
      auth: { user: "user", pass: "pass" },
      ...pool,
    });
    expect(smtpSend).toHaveBeenCalledWith({ ...mail, from: "Editors <editors@es.example>" });
    expect(await readOutbox(dir)).toEqual([]);
  });

  it("builds the transport from SMTP_HOST, SMTP_PORT, SMTP_USER and SMTP_PASS", async () => {
    const sendMail = await loadSendMail({
      SMTP_HOST: "mail.example",
      SMTP_PORT: "465",
      SMTP_USER: "user",
      SMTP_PASS: "pass",
    });
    await sendMail(mail);
    expect(createTransport).toHaveBeenCalledWith({
      host: "mail.example",
      port: 465,
      secure: true,
      auth: { user: "user", pass: "pass" },
      ...pool,
    });
    expect(smtpSend).toHaveBeenCalledTimes(1);
  });
});
