/** Environment variables that turn off certificate checks (`ENV`, `ARG`, or set for one command in a `RUN`). */

export interface TlsSwitch {
  tool: string;
  /** True when the value turns verification off. */
  disables(value: string): boolean;
}

/** `false`, `0`, `no`, `off` in any case: how tools spell a disabled boolean setting. */
export const FALSE_VALUE = /^(0|false|no|off)$/i;

/** By upper-cased name. */
export const TLS_SWITCHES: Record<string, TlsSwitch> = {
  NODE_TLS_REJECT_UNAUTHORIZED: { tool: "Node.js", disables: (value) => value === "0" },
  PYTHONHTTPSVERIFY: { tool: "Python", disables: (value) => value === "0" },
  // git only checks that the variable is set.
  GIT_SSL_NO_VERIFY: { tool: "git", disables: () => true },
  NPM_CONFIG_STRICT_SSL: { tool: "npm", disables: (value) => FALSE_VALUE.test(value) },
  YARN_STRICT_SSL: { tool: "Yarn", disables: (value) => FALSE_VALUE.test(value) },
  PIP_TRUSTED_HOST: { tool: "pip", disables: (value) => value.trim() !== "" },
  GOINSECURE: { tool: "Go", disables: (value) => value.trim() !== "" },
};

/** The tool whose certificate checks `name=value` turns off, or undefined. */
export function tlsSwitchTool(name: string, value: string): string | undefined {
  const upper = name.toUpperCase();
  const tlsSwitch = TLS_SWITCHES[upper];
  // npm and yarn read their variables case-insensitively; the others only in upper case.
  const caseMatches = name === upper || upper.startsWith("NPM_CONFIG_") || upper.startsWith("YARN_");
  return tlsSwitch && caseMatches && tlsSwitch.disables(value) ? tlsSwitch.tool : undefined;
}
