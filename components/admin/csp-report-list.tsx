import { DateTime } from "@/components/moderation/date-time";
import type { CspReport } from "@/db/schema";

const COLUMNS = ["Directive", "Blocked", "Page", "Reports", "Last seen"] as const;

/** The violations browsers reported, most recently seen first, each with its count. */
export function CspReportList({ reports }: { reports: CspReport[] }) {
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Reported violations, most recently seen first</caption>
        <thead className="text-soft">
          <tr className="border-b border-stone-300 dark:border-stone-700">
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className={`py-2 pr-4 font-semibold ${column === "Reports" ? "text-right" : ""}`}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr
              key={report.id}
              className="border-b border-stone-300/70 align-top dark:border-stone-700"
            >
              <td className="py-3 pr-4 font-mono text-xs">{report.directive}</td>
              <td className="py-3 pr-4 break-all">
                <code className="text-xs">{report.blockedUri}</code>
                {report.source && (
                  <p className="mt-1 text-xs text-soft">
                    at <code>{report.source}</code>
                  </p>
                )}
                {report.sample && (
                  <p className="mt-1 text-xs text-soft">
                    sample <code>{report.sample}</code>
                  </p>
                )}
              </td>
              <td className="py-3 pr-4 break-all">{report.page}</td>
              <td className="py-3 pr-4 text-right tabular-nums">{report.count}</td>
              <td className="py-3 text-soft">
                <DateTime date={report.lastSeenAt} />
                <p className="mt-1 text-xs">
                  first <DateTime date={report.firstSeenAt} />
                </p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
