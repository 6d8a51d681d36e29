"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
/** Apple keyboards: Monaco binds Cmd where others have Ctrl, and tab focus mode to Ctrl+Shift+M. */
const onApple = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The editor's keyboard hints, as this platform's keys (Ctrl until the browser tells, as the server renders). */
export function EditorKeyHints() {
  const apple = useSyncExternalStore(noSubscription, onApple, () => false);
  const quickFix = apple ? "⌘" : "Ctrl";
  const tabFocus = apple ? ["Ctrl", "Shift", "M"] : ["Ctrl", "M"];
  return (
    <span
      className="lg:min-w-0 lg:truncate"
      title={`${quickFix}+. on a squiggle: quick fixes. F8: next problem. ${tabFocus.join("+")}: let Tab leave the editor.`}
    >
      <kbd className="font-mono">{quickFix}</kbd>+<kbd className="font-mono">.</kbd> on a squiggle: quick fixes. <kbd className="font-mono">F8</kbd>: next
      problem.{" "}
      {tabFocus.map((key, index) => (
        <span key={key}>
          {index > 0 && "+"}
          <kbd className="font-mono">{key}</kbd>
        </span>
      ))}
      : let <kbd className="font-mono">Tab</kbd> leave the editor.
    </span>
  );
}
