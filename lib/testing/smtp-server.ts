import { once } from "node:events";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer, type SMTPServerSession } from "smtp-server";
import { SMTP_POOL } from "@/lib/mail/send";
import type { NewsletterMessage } from "@/lib/newsletter-mail";

/** One message the server took responsibility for (its 250 to the data): its recipient and source. */
export type Received = { to: string; source: string };

function quotedPrintable(body: string): string {
  const soft = body.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i));
  }
  return Buffer.from(bytes).toString("utf8");
}

export type MimePart = { type: string; body: string };

/** The message's leaf parts (multiparts opened), each with its type and its body decoded. */
export function mimeParts(source: string): MimePart[] {
  const type = header(source, "Content-Type") ?? "text/plain";
  const body = source.slice(source.indexOf("\r\n\r\n") + 4);
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    return parts.flatMap((part) => mimeParts(part.replace(/^\r\n/, "").replace(/\r\n$/, "")));
  }
  const encoding = header(source, "Content-Transfer-Encoding")?.toLowerCase();
  const decoded =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? quotedPrintable(body)
        : body;
  return [{ type: type.split(";")[0]!.trim().toLowerCase(), body: decoded.replace(/\r\n/g, "\n") }];
}

/** A message's text part as a reader sees it: decoded, lines unwrapped. */
export function bodyText(source: string): string {
  return mimeParts(source).find((part) => part.type === "text/plain")?.body ?? "";
}

/** A header of the message, its folded lines joined. */
export function header(source: string, name: string): string | undefined {
  const head = source.slice(0, source.indexOf("\r\n\r\n")).replace(/\r\n[ \t]+/g, " ");
  const line = head.split("\r\n").find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/**
 * What the server answers to a recipient: accept, refuse with an SMTP code, or cut the
 * connection there; `dropAfterData` takes the whole message, then cuts the connection instead
 * of answering (the message is not taken).
 */
export type Answer = "accept" | "drop" | "dropAfterData" | { code: number; message: string };

/**
 * A real SMTP server in the test's process (smtp-server, from the nodemailer project) on a port
 * of its own, and `send`: nodemailer's pooled SMTP transport to it, set as the site's is.
 */
export async function startSmtpServer(answer: (to: string) => Answer = () => "accept") {
  const received: Received[] = [];
  const afterData = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // A connection its client never closed (a sender killed mid-message) does not hold the
    // test's end for the default 30 s.
    closeTimeout: 1_000,
    onRcptTo(address, session, callback) {
      const to = address.address.toLowerCase();
      const given = answer(to);
      if (given === "drop") return cut(session);
      if (given === "dropAfterData") afterData.add(session.id);
      if (typeof given === "object") {
        return callback(Object.assign(new Error(given.message), { responseCode: given.code }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (afterData.delete(session.id)) return cut(session);
        const source = Buffer.concat(chunks).toString("utf8");
        for (const { address } of session.envelope.rcptTo) {
          received.push({ to: address.toLowerCase(), source });
        }
        callback();
      });
    },
  });
  function cut(session: SMTPServerSession) {
    for (const connection of server.connections) {
      if (connection.id === session.id) connection._socket.destroy();
    }
  }
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port,
    secure: false,
    ignoreTLS: true,
    ...SMTP_POOL,
  });
  return {
    port,
    received,
    /** How many messages each address was sent. */
    counts: () => {
      const counts = new Map<string, number>();
      for (const { to } of received) counts.set(to, (counts.get(to) ?? 0) + 1);
      return counts;
    },
    send: async (message: NewsletterMessage) => {
      await transport.sendMail({ from: "Exploring Soundtracks <news@example.test>", ...message });
    },
    close: async () => {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
