"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutOfThisBrowser } from "@/app/(auth)/sign-in/actions";
import { menuItemClass } from "@/components/forms/button-styles";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { UnreadBadge } from "@/components/notifications/unread-badge";
import { useViewer } from "@/components/viewer/use-viewer";
import { reloadViewer } from "@/components/viewer/viewer-store";
import { IDLE } from "@/lib/action-state";
import type { Viewer } from "@/lib/viewer";
import { headerControlClass, HeaderMenu } from "./header-menu";

function SignInLink({ className }: { className: string }) {
  const pathname = usePathname();
  const back = pathname.startsWith("/sign-") ? "/" : pathname;
  return (
    <Link href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`} className={className}>
      Sign in
    </Link>
  );
}

function SignOutButton() {
  const router = useRouter();
  const [signingOut, setSigningOut] = useState(false);
  return (
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
      className={menuItemClass}
    >
      {signingOut ? "Signing out…" : "Sign out"}
    </button>
  );
}

function ReaderLinks({ viewer }: { viewer: Viewer }) {
  return (
    <>
      <p className="truncate px-3 pt-1 pb-2 text-xs text-soft">
        Signed in as{" "}
        <span className="font-semibold text-ink dark:text-night-ink">{viewer.name}</span>
      </p>
      <ul>
        <li>
          <Link href={`/u/${viewer.handle}`} className={menuItemClass}>
            Profile
          </Link>
        </li>
        <li>
          <Link href="/following" className={menuItemClass}>
            Following
          </Link>
        </li>
        <li>
          <NotificationsLink className={menuItemClass} />
        </li>
        <li>
          <Link href="/settings" className={menuItemClass}>
            Settings
          </Link>
        </li>
        {viewer.role === "admin" && (
          <li>
            <Link href="/admin" className={menuItemClass}>
              Dashboard
            </Link>
          </li>
        )}
        <li>
          <SignOutButton />
        </li>
      </ul>
    </>
  );
}

/**
 * The account's part of the phone and tablet menu, under the sections: "Sign in", or the signed-in
 * reader's links. The header is the same for everyone, so who is reading arrives after it loads;
 * without JavaScript that never happens, and "Sign in" is offered all the same.
 */
export function AccountLinks() {
  const viewer = useViewer();
  const section = (
    <div className="mt-2 border-t border-stone-300 pt-2 dark:border-stone-700">
      {viewer ? <ReaderLinks viewer={viewer} /> : <SignInLink className={menuItemClass} />}
    </div>
  );
  return viewer === undefined ? <noscript>{section}</noscript> : section;
}

/**
 * The account at the end of the wide header: "Sign in", or a menu under the reader's name (with
 * their unread count) holding their profile, the Following page, notifications, settings, the dashboard for an
 * admin, and signing out.
 */
export function AccountMenu() {
  const pathname = usePathname();
  const viewer = useViewer();
  // Signing in or out ends on another page: ask again whenever the page changes.
  useEffect(() => reloadViewer(), [pathname]);

  if (viewer === null) return <SignInLink className={headerControlClass} />;
  if (viewer === undefined) {
    return (
      <noscript>
        <SignInLink className={headerControlClass} />
      </noscript>
    );
  }
  return (
    <HeaderMenu
      label="Account"
      summary={
        <>
          <span className="max-w-32 truncate">{viewer.name}</span>
          <UnreadBadge unreadLabel="unread notifications" />
        </>
      }
      panelClassName="w-60"
    >
      <ReaderLinks viewer={viewer} />
    </HeaderMenu>
  );
}
