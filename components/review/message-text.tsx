/**
 * Messages and docs mark code with backticks, as Markdown does; render those parts as code. A long command is one
 * word to the browser: it may break anywhere rather than widen the page on a phone.
 */
export function MessageText({ text }: { text: string }) {
  return text.split("`").map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-line/40 px-1 font-mono text-[0.85em] wrap-anywhere">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
