/**
 * Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, and `$$` for a literal dollar.
 */

export interface Reference {
  name: string;
  /** The operator after the name (`:-`, `-`, `:?`, `?`, `:+`, `+`), or "" for a plain reference. */
  operator: string;
  /** The text after the operator (default value, error message or alternative). */
  argument: string;
  start: number;
  end: number;
}

export interface InterpolationError {
  start: number;
  end: number;
  reason: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPERATOR = /^(:-|-|:\?|\?|:\+|\+)/;

/** Finds the end of a `${…}` that may nest further `${…}` in its argument, or -1 when it never closes. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

export function scanInterpolation(text: string): { references: Reference[]; errors: InterpolationError[] } {
  const references: Reference[] = [];
  const errors: InterpolationError[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "$") continue;
    const next = text[i + 1];
    if (next === "$") {
      i++;
      continue;
    }
    if (next === "{") {
      const close = closingBrace(text, i + 2);
      if (close === -1) {
        errors.push({ start: i, end: text.length, reason: "`${` is never closed with `}`" });
        return { references, errors };
      }
      const body = text.slice(i + 2, close);
      const name = NAME.exec(body)?.[0];
      const rest = body.slice(name?.length ?? 0);
      const operator = OPERATOR.exec(rest)?.[0];
      if (!name || (rest !== "" && operator === undefined)) {
        errors.push({ start: i, end: close + 1, reason: `\`${text.slice(i, close + 1)}\` is not a valid variable reference` });
      } else {
        references.push({ name, operator: operator ?? "", argument: rest.slice(operator?.length ?? 0), start: i, end: close + 1 });
      }
      i = close;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (name) {
      references.push({ name, operator: "", argument: "", start: i, end: i + 1 + name.length });
      i += name.length;
    }
  }
  return { references, errors };
}

const MAX_DEFAULT_DEPTH = 32;

/**
 * The value as Compose would see it with no variable set: defaults substituted, `$$` unescaped. Undefined when a
 * variable without a default decides the value (the result is unknown until run time).
 */
export function withDefaults(text: string): string | undefined {
  return withDefaultsNested(text, 0);
}

function withDefaultsNested(text: string, depth: number): string | undefined {
  if (!text.includes("$")) return text;
  // Defaults nested deeper than this are left unknown: `${A-${A-…}}` by the thousand would overflow the stack.
  if (depth > MAX_DEFAULT_DEPTH) return undefined;
  const { references, errors } = scanInterpolation(text);
  if (errors.length > 0) return undefined;
  let result = "";
  let last = 0;
  for (const reference of references) {
    if (reference.operator !== ":-" && reference.operator !== "-") return undefined;
    const fallback = withDefaultsNested(reference.argument, depth + 1);
    if (fallback === undefined) return undefined;
    result += text.slice(last, reference.start).replace(/\$\$/g, "$") + fallback;
    last = reference.end;
  }
  return result + text.slice(last).replace(/\$\$/g, "$");
}

export function hasVariables(text: string): boolean {
  return scanInterpolation(text).references.length > 0;
}
