import type { Metadata } from "next";
import { requireAdmin } from "@/auth/admin";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminNotice } from "@/components/admin/admin-notice";

export const metadata: Metadata = {
  title: { default: "Dashboard", template: "%s · Admin · Exploring Soundtracks" },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <AdminNav />
      <AdminNotice />
      <div className="mt-8">{children}</div>
    </div>
  );
}
