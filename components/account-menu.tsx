"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { useEffect, useState } from "react";

type SessionUser = { name?: string | null; handle?: string };

/** The header stays static for every visitor; who is signed in is asked for after it loads. */
export function AccountMenu() {
  const pathname = usePathname();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    let active = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { user?: SessionUser } | null) => active && setUser(s?.user ?? null))
      .catch(() => active && setUser(null));
    return () => {
      active = false;
    };
  }, [pathname]);

  if (user === undefined) return <li aria-hidden="true" className="w-16" />;
  if (user === null) {
    const back = pathname.startsWith("/sign-") ? "/" : pathname;
    return (
      <li>
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}
          className="underline-offset-4 hover:underline"
        >
          Sign in
        </Link>
      </li>
    );
  }
  return (
    <>
      {user.handle && (
        <li>
          <Link href={`/u/${user.handle}`} className="underline-offset-4 hover:underline">
            {user.name ?? user.handle}
          </Link>
        </li>
      )}
      <li>
        <button
          type="button"
          onClick={() => signOut({ redirectTo: "/" })}
          className="underline-offset-4 hover:underline"
        >
          Sign out
        </button>
      </li>
    </>
  );
}
