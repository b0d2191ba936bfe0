"use client";

import Link from "next/link";
import { useCallbackUrl } from "./use-callback-url";

/** "New here? Create an account", keeping where the reader was going. */
export function SwitchLink({
  href,
  prompt,
  label,
}: {
  href: string;
  prompt: string;
  label: string;
}) {
  const callbackUrl = useCallbackUrl();
  const target =
    callbackUrl === "/" ? href : `${href}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <p className="mt-6 text-center text-sm">
      {prompt}{" "}
      <Link href={target} className="link-accent">
        {label}
      </Link>
    </p>
  );
}
