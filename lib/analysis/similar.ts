/** The rows `editDistance` works in, grown to the longest name seen. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment), for typos.
 * Past `max` the exact figure does not matter: any greater distance is returned as `max + 1`, and the table is left
 * as soon as a whole row of it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  // Three rows of the table are enough (a swap looks two rows back), kept between calls: names are compared by the
  // thousand (every unknown key of a file against every key known at its place).
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      rowBest = Math.min(rowBest, best);
    }
    if (rowBest > max) return max + 1;
    const reused = before;
    before = previous;
    previous = current;
    current = reused;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** The candidate closest to `name` (case-insensitively) when it is a plausible typo of it, else undefined. */
export function closestMatch(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = name.length <= 4 ? 1 : 2;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: most candidates are ruled out without computing it.
    if (candidate === name || Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
