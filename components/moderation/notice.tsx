import Link from "next/link";

/** What a page says instead of a list when its address asks for something it cannot show. */
export function BadQuery({ message, href }: { message: string; href: string }) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-5 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
    >
      <p className="font-semibold">{message}</p>
      <p className="mt-2">
        <Link href={href} className="underline underline-offset-4">
          Start again from the beginning
        </Link>
      </p>
    </div>
  );
}
