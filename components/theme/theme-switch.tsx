"use client";

import { useEffect, useId, useState } from "react";
import { THEME_STORAGE_KEY, type ThemeChoice } from "./theme";

const CHOICES: ThemeChoice[] = ["system", "light", "dark"];

/** System / Light / Dark. The choice is an attribute on <html> that the CSS colour variables follow. */
export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>("system");
  const id = useId();

  useEffect(() => {
    const stored = document.documentElement.dataset.theme;
    if (stored === "light" || stored === "dark") setChoice(stored);
  }, []);

  function choose(next: ThemeChoice) {
    setChoice(next);
    if (next === "system") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = next;
    try {
      if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Without storage the choice lasts until the page is left.
    }
  }

  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-ink-muted">
        Theme
      </label>
      <select id={id} value={choice} onChange={(event) => choose(event.target.value as ThemeChoice)} className="rounded border border-line bg-surface px-2 py-1">
        {CHOICES.map((value) => (
          <option key={value} value={value}>
            {value[0]!.toUpperCase() + value.slice(1)}
          </option>
        ))}
      </select>
    </div>
  );
}
