"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutOfThisBrowser } from "@/app/(auth)/sign-in/actions";
import { IDLE } from "@/lib/action-state";
import { NotificationsLink } from "./notifications/notifications-link";
import { useViewer } from "./viewer/use-viewer";
import { reloadViewer } from "./viewer/viewer-store";

const linkClass = "underline-offset-4 hover:underline";

/** The header is the same static HTML for everyone; who is signed in arrives after it loads. */
export function AccountMenu() {
  const pathname = usePathname();
  const router = useRouter();
  const viewer = useViewer();
  const [signingOut, setSigningOut] = useState(false);

  // Signing in or out ends on another page: ask again whenever the page changes.
  useEffect(() => reloadViewer(), [pathname]);

  if (viewer === undefined) return <li aria-hidden="true" className="w-16" />;
  if (viewer === null) {
    const back = pathname.startsWith("/sign-") ? "/" : pathname;
    return (
      <li>
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`} className={linkClass}>
          Sign in
        </Link>
      </li>
    );
  }
  return (
    <>
      {viewer.role === "admin" && (
        <li>
          <Link href="/admin" className={linkClass}>
            Dashboard
          </Link>
        </li>
      )}
      <NotificationsLink className={linkClass} />
      <li>
        <Link href={`/u/${viewer.handle}`} className={linkClass}>
          {viewer.name}
        </Link>
      </li>
      <li>
        <Link href="/settings" className={linkClass}>
          Settings
        </Link>
      </li>
      <li>
        <button
          type="button"
          aria-disabled={signingOut || undefined}
          onClick={async () => {
            if (signingOut) return;
            setSigningOut(true);
            await signOutOfThisBrowser(IDLE, new FormData());
            // The pages are the same for everyone; only the islands must forget the reader.
            reloadViewer();
            setSigningOut(false);
            router.push("/");
          }}
          className={linkClass}
        >
          {signingOut ? "Signing out…" : "Sign out"}
        </button>
      </li>
    </>
  );
}
