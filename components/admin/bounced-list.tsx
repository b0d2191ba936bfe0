import { DateTime } from "@/components/moderation/date-time";

type Bounced = { email: string; bouncedAt: Date | null; bounceReason: string | null };

/** The addresses the newsletter is no longer sent to, with what their server answered. */
export function BouncedList({ bounced }: { bounced: Bounced[] }) {
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Refused addresses, most recent first</caption>
        <thead className="text-soft">
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Address
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Server’s answer
            </th>
            <th scope="col" className="py-2 font-semibold">
              Refused
            </th>
          </tr>
        </thead>
        <tbody>
          {bounced.map((row) => (
            <tr
              key={row.email}
              className="border-b border-stone-300/70 align-top dark:border-stone-700"
            >
              <td className="py-3 pr-4 break-all">{row.email}</td>
              <td className="py-3 pr-4 font-mono text-xs break-all">{row.bounceReason}</td>
              <td className="py-3 text-soft">
                {row.bouncedAt && <DateTime date={row.bouncedAt} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
