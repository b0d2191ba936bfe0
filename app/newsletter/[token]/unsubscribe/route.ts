import { getSubscriberByToken, unsubscribe } from "@/db/queries/newsletter-subscribers";

type Context = { params: Promise<{ token: string }> };

/**
 * RFC 8058 one-click unsubscribe: the mail program POSTs `List-Unsubscribe=One-Click`, with no
 * cookie and no sign-in; the signed token in the address is the proof. Idempotent.
 */
export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const body = await request.text().catch(() => "");
  if (new URLSearchParams(body).get("List-Unsubscribe") !== "One-Click") {
    return new Response("Send List-Unsubscribe=One-Click to unsubscribe.\n", { status: 400 });
  }
  const row = await getSubscriberByToken(token);
  if (!row) return new Response("This unsubscribe link does not work.\n", { status: 404 });
  await unsubscribe(row.id);
  return new Response("Unsubscribed.\n", { status: 200 });
}
