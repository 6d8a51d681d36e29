import type { ReactNode } from "react";

/** A titled section of a documentation page (a rule, a lesson). */
export function PageSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mt-1">{children}</div>
    </section>
  );
}
