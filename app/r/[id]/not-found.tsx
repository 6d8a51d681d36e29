import type { Metadata } from "next";
import Link from "next/link";

// The page's generateMetadata says so too, but only browsers that run its streamed update see it: crawlers and
// link previews get this.
export const metadata: Metadata = { title: "Report not found · Shipshape", robots: { index: false, follow: false } };

export default function ReportNotFound() {
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-bold">Report not found</h1>
      <p>No shared report has this link. It may have expired or been deleted by the person who shared it.</p>
      <p>
        <Link href="/" className="font-semibold text-accent underline">
          Review a Dockerfile
        </Link>
      </p>
    </main>
  );
}
