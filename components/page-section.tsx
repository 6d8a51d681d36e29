import type { ReactNode } from "react";

/** A titled section of a documentation page (a rule, a lesson), named by its heading for assistive technology. */
export function PageSection({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-1">{children}</div>
    </section>
  );
}
