/**
 * A lookup table for keys that come from the reviewed files (program names, package names, ARG names): a plain
 * object literal would answer `constructor` or `toString` from Object.prototype, and `RUN toString` would then
 * break every rule reading the RUN. The table has no prototype, so only its own keys answer.
 */
export function lookupTable<Value>(entries: Record<string, Value>): Readonly<Record<string, Value | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, Value>, entries));
}
