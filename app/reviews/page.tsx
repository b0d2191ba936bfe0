import type { Metadata } from "next";
import { ArchivePage } from "@/components/archive-page";

export const revalidate = 60;

export const metadata: Metadata = { title: "Archive" };

export default function ReviewsPage() {
  return <ArchivePage page={1} />;
}
