import { getViewer } from "@/auth/viewer";
import { getAccountExport } from "@/db/queries/account-export";

/** The signed-in reader's own data as a JSON file to keep; nobody else's, and nothing to visitors. */
export async function GET() {
  const viewer = await getViewer();
  const data = viewer ? await getAccountExport(viewer.id) : undefined;
  if (!viewer || !data) {
    return Response.json(
      { error: "Sign in to download your data." },
      { status: 401, headers: { "cache-control": "private, no-store" } },
    );
  }
  const body = { exportedAt: new Date().toISOString(), ...data };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="exploring-soundtracks-${viewer.handle}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
