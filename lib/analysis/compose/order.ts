/**
 * The first entry that breaks an order: the first name that sorts before its predecessor. Names the order does
 * not know rank last and keep their written order among themselves.
 */
export function firstOutOfOrder<T>(values: readonly T[], rank: (value: T) => number | string): { value: T; after: T } | undefined {
  for (let i = 1; i < values.length; i++) {
    const previous = rank(values[i - 1]!);
    const current = rank(values[i]!);
    if (current < previous) return { value: values[i]!, after: values[i - 1]! };
  }
  return undefined;
}

/** Ranks by position in a list of groups; unknown names go after every group. */
export function groupRank(groups: readonly (readonly string[])[], name: string): number {
  const index = groups.findIndex((group) => group.includes(name) || (group.includes("x-*") && name.startsWith("x-")));
  return index === -1 ? groups.length : index;
}
