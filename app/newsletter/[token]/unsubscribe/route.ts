import { getSubscriberByToken, unsubscribe } from "@/db/queries/newsletter-subscribers";

type Context = { params: Promise<{ token: string }> };

const text = (body: string, status: number) =>
  new Response(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The form field RFC 8058 names, sent url-encoded (or, by some senders, as multipart data). */
async function oneClick(request: Request): Promise<boolean> {
  try {
    const type = request.headers.get("content-type") ?? "";
    const value = type.startsWith("multipart/form-data")
      ? (await request.formData()).get("List-Unsubscribe")
      : new URLSearchParams(await request.text()).get("List-Unsubscribe");
    return value === "One-Click";
  } catch {
    return false;
  }
}

/**
 * RFC 8058 one-click unsubscribe: the mail program POSTs `List-Unsubscribe=One-Click`, with no
 * cookie, no Origin and no sign-in; the signed token in the address is the proof. Idempotent.
 */
export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  if (!(await oneClick(request))) {
    return text("Send List-Unsubscribe=One-Click to unsubscribe.", 400);
  }
  const row = await getSubscriberByToken(token);
  if (!row) return text("This unsubscribe link does not work.", 404);
  await unsubscribe(row.id);
  return text("Unsubscribed.", 200);
}

/**
 * A mail program without RFC 8058 opens the address in a browser: it leads to the preferences
 * page, where a button unsubscribes (a link checker opening it must change nothing).
 */
export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  const location = `/newsletter/${encodeURIComponent(token)}`;
  return new Response(null, { status: 303, headers: { location } });
}
