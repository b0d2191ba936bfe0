import type { Metadata } from "next";
import { requireAdmin } from "@/auth/admin";
import { CspReportList } from "@/components/admin/csp-report-list";
import { EmptyState } from "@/components/site/empty-state";
import { getCspReports } from "@/db/queries/csp-reports";
import { CSP_REPORTS_KEPT } from "@/lib/csp-reports";

export const metadata: Metadata = { title: "Policy reports" };

export default async function CspReportsPage() {
  await requireAdmin();
  const reports = await getCspReports();
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Policy reports</h1>
      <p className="mt-2 max-w-prose text-soft">
        What browsers reported the site’s Content-Security-Policy blocked, most recently seen first:
        one row for each directive, blocked address and page, with how many reports said so. The{" "}
        {CSP_REPORTS_KEPT} seen most recently are kept.
      </p>
      {reports.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="No violations reported">
            When a browser blocks a script, a style or a connection on one of the site’s pages, it
            shows up here. A site working as it should has none.
          </EmptyState>
        </div>
      ) : (
        <CspReportList reports={reports} />
      )}
    </>
  );
}
