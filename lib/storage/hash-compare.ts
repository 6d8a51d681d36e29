import { timingSafeEqual } from "node:crypto";

/** Compares two hex token hashes in constant time (for equal lengths). */
export function sameTokenHash(stored: string, given: string): boolean {
  const a = Buffer.from(stored, "utf8");
  const b = Buffer.from(given, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
