/**
 * Where each rule's documentation lives. Exports that leave the app (Markdown, SARIF) need absolute links;
 * the web app passes its own origin, the CLI uses this default.
 */
/** The project's home page; SARIF's tool.driver.informationUri. */
export const SHIPSHAPE_URL = "https://shipshape.dev/";
export const DEFAULT_RULES_BASE_URL = `${SHIPSHAPE_URL}rules/`;

export function ruleUrl(ruleId: string, base: string = DEFAULT_RULES_BASE_URL): string {
  return `${base.endsWith("/") ? base : `${base}/`}${encodeURIComponent(ruleId)}`;
}
