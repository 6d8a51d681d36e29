/** POSIX-style path helpers for the paths of a review (no node: imports: the library runs in browsers too). */

/** Windows separators become `/`; then `.`, `..` and doubled slashes are resolved. */
export function normalizePath(path: string): string {
  return cleanPath(path.includes("\\") ? path.replace(/\\/g, "/") : path);
}

/** Go's path.Clean: resolves `.`, `..` and doubled slashes, leaving backslashes alone (they escape in patterns). */
export function cleanPath(path: string): string {
  if (isClean(path)) return path;
  const absolute = path.startsWith("/");
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== ".." || !absolute) parts.push(part);
  }
  const joined = parts.join("/");
  return absolute ? `/${joined}` : joined || ".";
}

/** True when `cleanPath` would return the path as it is: no empty, `.` or `..` segment (most paths, checked without splitting). */
function isClean(path: string): boolean {
  if (path === "/") return true;
  for (let start = path.startsWith("/") ? 1 : 0; ; ) {
    const slash = path.indexOf("/", start);
    const end = slash < 0 ? path.length : slash;
    const length = end - start;
    if (length === 0 || (path.charCodeAt(start) === 46 && (length === 1 || (length === 2 && path.charCodeAt(start + 1) === 46)))) return false;
    if (slash < 0) return true;
    start = slash + 1;
  }
}

export function dirname(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf("/");
  if (slash === -1) return ".";
  return slash === 0 ? "/" : normalized.slice(0, slash);
}

export function basename(path: string): string {
  const normalized = normalizePath(path);
  return normalized.slice(normalized.lastIndexOf("/") + 1);
}

/** Joins a path to a directory; an absolute path stays as it is. */
export function joinPath(directory: string, path: string): string {
  if (path.startsWith("/")) return normalizePath(path);
  return normalizePath(directory === "." ? path : `${directory}/${path}`);
}

/** The path of `path` relative to `directory`, or undefined when it lies outside it. */
export function relativeTo(directory: string, path: string): string | undefined {
  const dir = normalizePath(directory);
  const target = normalizePath(path);
  if (dir === ".") return target.startsWith("../") || target.startsWith("/") ? undefined : target;
  if (target === dir) return ".";
  return target.startsWith(`${dir}/`) ? target.slice(dir.length + 1) : undefined;
}

/**
 * The name of the one file a COPY/ADD source names (`start.sh`, `app.jar`, the last segment of a URL's path), or
 * undefined for what may be a directory (no extension, a dotfile), a glob, a variable, or the whole context.
 */
export function copiedFileName(source: string): string | undefined {
  const url = /^(https?|ftp):\/\//.test(source);
  const path = url ? source.split(/[?#]/)[0]! : source;
  const name = path.split("/").filter(Boolean).at(-1);
  if (!name || /[*?[$]/.test(path) || name === "." || name === "..") return undefined;
  return url || (/\.[A-Za-z0-9]{1,8}$/.test(name) && !name.startsWith(".")) ? name : undefined;
}
