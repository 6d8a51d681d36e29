/**
 * The slice of Monaco the review editor uses. Client only: Monaco touches `window` when imported, so
 * components load this with `await import("@/lib/client/monaco")` inside an effect.
 */
import * as monaco from "monaco-editor/editor";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/codeAction/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/find/register";
// Ctrl+M (Ctrl+Shift+M on macOS) lets Tab move the focus out of the editor instead of indenting: without it, keyboard users are trapped.
import "monaco-editor/features/toggleTabFocusMode/register";
import "monaco-editor/languages/definitions/dockerfile/register";
import "monaco-editor/languages/definitions/yaml/register";

// Without getWorker Monaco falls back to a worker URL the bundler emits unbundled, which fails to load.
// The URL must be a literal so Turbopack can bundle the worker.
globalThis.MonacoEnvironment = {
  getWorker: () =>
    new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module", name: "monaco-editor-worker" }),
};

export { monaco };
export type Monaco = typeof monaco;
