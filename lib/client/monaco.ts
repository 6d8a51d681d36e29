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

/**
 * The editor in the page's dark palette (app/globals.css): vs-dark's grey #1e1e1e clashed with the navy page. Text
 * and line numbers keep the page's contrast on the surface colour (13:1 and 6.9:1).
 */
export const DARK_THEME = "shipshape-dark";
monaco.editor.defineTheme(DARK_THEME, {
  base: "vs-dark",
  inherit: true,
  rules: [],
  colors: {
    "editor.background": "#111827",
    "editor.foreground": "#e2e8f0",
    "editorGutter.background": "#111827",
    "editorLineNumber.foreground": "#94a3b8",
    "editorLineNumber.activeForeground": "#e2e8f0",
    "editor.lineHighlightBackground": "#1e293b",
    "editor.lineHighlightBorder": "#1e293b",
    "editor.selectionBackground": "#1e3a8a",
    "editor.inactiveSelectionBackground": "#1e293b",
    "editorCursor.foreground": "#93c5fd",
    "editorIndentGuide.background1": "#334155",
    "editorWidget.background": "#0f172a",
    "editorWidget.border": "#334155",
    "editorHoverWidget.background": "#0f172a",
    "editorHoverWidget.border": "#334155",
    "peekViewTitle.background": "#0f172a",
    "peekViewEditor.background": "#0b1120",
    "peekViewResult.background": "#0b1120",
  },
});

export { monaco };
export type Monaco = typeof monaco;
