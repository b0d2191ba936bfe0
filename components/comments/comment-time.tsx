"use client";

import { useSyncExternalStore } from "react";

const absolute = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});
const dateOnly = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the date itself. */
function describeTime(date: Date, now: Date): string {
  const ago = now.getTime() - date.getTime();
  if (ago < MINUTE) return "just now";
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), "minute");
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), "hour");
  if (ago < 7 * DAY) return relative.format(-Math.floor(ago / DAY), "day");
  return dateOnly.format(date);
}

const everyMinute = (tick: () => void) => {
  const timer = setInterval(tick, MINUTE);
  return () => clearInterval(timer);
};
const currentMinute = () => Math.floor(Date.now() / MINUTE);
const noMinute = () => null;

/**
 * The page is static, so the server writes the date; in the browser it reads "5 minutes ago"
 * and keeps up as the minutes pass.
 */
export function CommentTime({
  date,
  prefix = "",
  children,
}: {
  date: Date;
  prefix?: string;
  children?: React.ReactNode;
}) {
  const minute = useSyncExternalStore(everyMinute, currentMinute, noMinute);
  const text =
    minute === null ? dateOnly.format(date) : describeTime(date, new Date(minute * MINUTE));
  return (
    <time dateTime={date.toISOString()} title={`${prefix}${absolute.format(date)}`}>
      {children ?? text}
    </time>
  );
}
