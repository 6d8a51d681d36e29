import { createHash, randomBytes } from "node:crypto";

/** 16 random bytes (128 bits) as base64url: 22 characters, safe in a URL path. */
export function newReportId(): string {
  return randomBytes(16).toString("base64url");
}

/** Whether a string could be a report id; anything else is answered with 404 without a database read. */
export function isReportId(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value);
}

/** 32 random bytes as base64url. Shown once to the person who shared; only its hash is stored. */
export function newDeleteToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** JSON with object keys sorted, so equal values always hash alike whatever order a client sent. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
